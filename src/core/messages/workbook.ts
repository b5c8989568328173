export const workbookMessages = {} satisfies import('./types').Catalogue;
