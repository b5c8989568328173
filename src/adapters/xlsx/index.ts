export { renderXlsx, listFormula } from './render';
