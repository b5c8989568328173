import type { Catalogue } from './types';

export const cliMessages = {} satisfies Catalogue;
