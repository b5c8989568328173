export { renderXlsx, listFormula } from './render';
export { readReturnFile } from './read-return';
export { readCampaignFromMaster } from './read-master';
