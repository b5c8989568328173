import type { Catalogue } from './types';

export const planMessages = {} satisfies Catalogue;
