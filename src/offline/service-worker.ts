/**
 * The service worker, bundled by src/integrations/offline.ts (rolldown, minified) with workbox's production modules;
 * `self.__WB_MANIFEST` is replaced by the precache list of the build. The constants come from offline-plan.ts
 * through `define`, so page and worker cannot disagree on file names.
 */
/// <reference lib="webworker" />
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };
declare const __SW_STATUS_FILE__: string;
declare const __OFFLINE_PAGE__: string;
declare const __CACHE_ID__: string;
declare const __PAGES_CACHE__: string;
declare const __IGNORED_URL_PARAMETERS__: RegExp[];

// Tells pages which build this worker serves ("Available offline" indicator, redeploy takeover).
importScripts(__SW_STATUS_FILE__);

setCacheNameDetails({ prefix: __CACHE_ID__ });
// A new deploy takes over at once (no "close every tab" step); the old precache's entries are replaced in the same
// install, and caches of older workbox versions are dropped on activation.
self.skipWaiting();
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: __IGNORED_URL_PARAMETERS__,
});
cleanupOutdatedCaches();

// Pages outside the precache (papers beyond `precachePapers`, URLs of a newer deploy): network first so they are
// fresh, kept for offline use once seen, and the offline page when neither is available.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: __PAGES_CACHE__,
    networkTimeoutSeconds: 4,
    plugins: [new ExpirationPlugin({ maxEntries: 2000 }), new PrecacheFallbackPlugin({ fallbackURL: __OFFLINE_PAGE__ })],
  }),
  'GET',
);
