import { catalogueMessages } from './catalogue';
import { cliMessages } from './cli';
import { commonMessages } from './common';
import { schemaMessages } from './schema';
import { taskpaneMessages } from './taskpane';
import { unitMessages } from './units';
import { workbookMessages } from './workbook';
import { returnsMessages } from './returns';
import { readerMessages } from './reader';
import { planMessages } from './plan';
import { officeMessages } from './office';
import { reportMessages } from './report';
import { parentMessages } from './parent';
import { setupMessages } from './setup';
import { phoneMessages } from './phone';
import type { Catalogue, Lang, Params } from './types';

export type { Lang, Message, Params } from './types';

/**
 * The one catalogue of user-facing text, Vietnamese first. It is split by area only so that files
 * stay small; keys are unique across areas (a test checks it).
 */
export const catalogueParts: Readonly<Record<string, Catalogue>> = {
  commonMessages,
  schemaMessages,
  unitMessages,
  workbookMessages,
  catalogueMessages,
  taskpaneMessages,
  cliMessages,
  returnsMessages,
  readerMessages,
  planMessages,
  officeMessages,
  reportMessages,
  parentMessages,
  setupMessages,
  phoneMessages,
};

export const messages = {
  ...commonMessages,
  ...schemaMessages,
  ...unitMessages,
  ...workbookMessages,
  ...catalogueMessages,
  ...taskpaneMessages,
  ...cliMessages,
  ...returnsMessages,
  ...readerMessages,
  ...planMessages,
  ...officeMessages,
  ...reportMessages,
  ...parentMessages,
  ...setupMessages,
  ...phoneMessages,
} satisfies Catalogue;

export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

/** Looks a message up and fills `{name}` placeholders; an unknown placeholder stays visible. */
export function t(key: MessageKey, params: Params = {}, lang: Lang = 'vi'): string {
  return fill(messages[key][lang], params);
}

export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
