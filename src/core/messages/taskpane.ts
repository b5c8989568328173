import type { Catalogue } from './types';

export const taskpaneMessages = {} satisfies Catalogue;
