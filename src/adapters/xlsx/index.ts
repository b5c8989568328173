export { renderXlsx, listFormula } from './render';
export { readReturnFile } from './read-return';
export { readCampaignFromMaster } from './read-master';
export { readFillInForm } from './read-fill-in';
export type { FillInForm } from './read-fill-in';
