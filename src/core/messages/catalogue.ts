import type { Catalogue } from './types';

export const catalogueMessages = {} satisfies Catalogue;
