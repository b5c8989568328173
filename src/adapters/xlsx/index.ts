export { renderXlsx, listFormula } from './render';
export { readReturnFile } from './read-return';
export { readCampaignFromMaster } from './read-master';
export { readCampaignFile } from './read-campaign-file';
export { documentKind, wrongKindFor } from './file-kind';
export type { DocumentKind, FilePurpose, WrongKind } from './file-kind';
export { readFillInForm } from './read-fill-in';
export type { FillInForm } from './read-fill-in';
export { readChosenReturn } from './read-chosen-return';
