/**
 * The two calls of Node's Buffer the fake makes (counting payload bytes, decoding a file), for the
 * browser. Injected by ./bundle.ts in place of the free name `Buffer` inside the bundle only: a
 * global Buffer would mislead the pane's own libraries, which test for one.
 */
export const Buffer = {
  byteLength: (text: string): number => new TextEncoder().encode(text).length,
  from: (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
};
