import type { Catalogue } from './types';

export const readerMessages = {} satisfies Catalogue;
