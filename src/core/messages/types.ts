export type Lang = 'vi' | 'en';
export type Message = { readonly vi: string; readonly en: string };
export type Catalogue = Record<string, Message>;
export type Params = Readonly<Record<string, string | number>>;
