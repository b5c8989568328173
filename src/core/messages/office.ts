import type { Catalogue } from './types';

export const officeMessages = {} satisfies Catalogue;
