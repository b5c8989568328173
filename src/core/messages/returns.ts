import type { Catalogue } from './types';

export const returnsMessages = {} satisfies Catalogue;
