/*
 * The phone form's offline copy. The build (webpack.config.js, PhoneOfflinePlugin) writes this file
 * as dist/dien-bao-cao-sw.js with the page's own files in place of the list below. Registered by the
 * page with the page's address as its scope, so it never controls the add-in's pages.
 * Scripts are named by their content, so they are served from the cache; the page itself is asked
 * of the network first (a new build is picked up) and served from the cache when there is none.
 */
/* global self, caches, fetch, URL, Response */
const FILES = self.__PHONE_FILES__ || [];
const CACHE = 'danvan-phone-' + (self.__PHONE_VERSION__ || '0');
const PAGE = 'dien-bao-cao.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.indexOf('danvan-phone-') === 0 && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const path = new URL(request.url).pathname;
  if (path.endsWith('/' + PAGE) || request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(PAGE, copy));
          }
          return response;
        })
        .catch(() => caches.match(PAGE).then((cached) => cached || Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
});
