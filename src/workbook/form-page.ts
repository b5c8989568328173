import { toBase64 } from './base64';
import { qrMatrix, qrPng, qrSidePixels, qrSvg } from './qr';

/**
 * The phone form page (issue 17): a static page of the production build, beside taskpane.html,
 * so its address is the build's public URL and this file name.
 */
export const FORM_PAGE_FILE = 'dien-bao-cao.html';

/**
 * The public URL the bundle was built for, when a bundler defined it: webpack's DefinePlugin for
 * the pane (`npm run build -- --env publicUrl=…`, https://localhost:3000/ without it) and esbuild's
 * `define` for dist/danvan.cjs. Undefined where nothing defined it (tests, `tsx`, the checkout's
 * build/cli/danvan.cjs): that code does not know where the pages are served.
 */
declare const __DANVAN_PUBLIC_URL__: string | undefined;
export const BUILD_PUBLIC_URL: string | undefined = typeof __DANVAN_PUBLIC_URL__ === 'string' && __DANVAN_PUBLIC_URL__ !== '' ? __DANVAN_PUBLIC_URL__ : undefined;

/** The form page's address under a public URL (the build's, with or without its trailing slash). */
export function formPageUrl(publicUrl: string): string {
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  return new URL(FORM_PAGE_FILE, base).href;
}

/** The form page of this build, when the build knows where it is served. */
export function builtFormPageUrl(): string | undefined {
  return BUILD_PUBLIC_URL === undefined ? undefined : formPageUrl(BUILD_PUBLIC_URL);
}

/**
 * A form address as given by a person (`danvan generate --form-url`): an absolute http(s) URL,
 * normalised the way browsers write it (so the QR code holds ASCII); undefined when it is not one.
 */
export function parseFormUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}

/** Pixels per QR module in the fill-in's image: ~1 mm a module on screen and on paper at 96 dpi. */
export const QR_SCALE = 4;

/** The QR code of an address as a PNG, base64, with its side in pixels: what the fill-in's guide shows. */
export function formQrPng(url: string): { readonly base64: string; readonly sidePx: number } {
  const matrix = qrMatrix(url);
  return { base64: toBase64(qrPng(matrix, QR_SCALE)), sidePx: qrSidePixels(matrix, QR_SCALE) };
}

/** The same code as an SVG document for the pane's Phát hành step; `title` is read aloud by screen readers. */
export function formQrSvg(url: string, sizePx: number, title: string): string {
  return qrSvg(qrMatrix(url), sizePx, title);
}

/** The SVG as a data URL, for an `<img src>`: taskpane.html's CSP allows `img-src data:`. */
export function formQrDataUrl(url: string, sizePx: number, title: string): string {
  return `data:image/svg+xml;base64,${toBase64(new TextEncoder().encode(formQrSvg(url, sizePx, title)))}`;
}
