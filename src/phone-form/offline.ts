/** The service worker the build writes beside this page (webpack.config.js, PhoneOfflinePlugin). */
export const SERVICE_WORKER = 'dien-bao-cao-sw.js';

/**
 * Registers the page's service worker, scoped to the page's own address so it never controls the
 * add-in's pages. Only in a production build: under `npm start` a worker would serve yesterday's
 * code. A browser without service workers (or an http page) simply has no offline copy.
 */
export function registerOffline(nav: Navigator = navigator): void {
  if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in nav)) return;
  nav.serviceWorker.register(SERVICE_WORKER, { scope: './dien-bao-cao' }).catch(() => undefined);
}
