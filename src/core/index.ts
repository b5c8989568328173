/** The public surface of the core: domain types, schemas and pure functions. */
export * from './schema/common';
export * from './schema/indicator';
export * from './schema/unit';
export * from './schema/campaign';
export * from './schema/return';
export * from './schema/issue';
export * from './result';
export * from './campaign-file';
export * from './describe-issue';
export * from './format';
export { t, fill, messages, isMessageKey } from './messages';
export type { Lang, MessageKey, Message, Params } from './messages';
export * from './catalogue';
export * from './presets';
export * from './sample-units';
export * from './units';
export * from './allocation';
export * from './vietnamese-number';
