// Offline urgent help. Our own small service worker (no library, same origin, no cookies):
// it keeps the urgent-help page, the offline page and their stylesheet, plus any article a
// reader chose to "save for offline". Pages always come from the network when it answers.
'use strict';
var CACHE = 'myositis-guide-offline-v1';
var ESSENTIAL = ['/articles/when-to-get-urgent-help', '/offline'];

function store(cache, url) {
  return fetch(url, { credentials: 'omit' }).then(function (response) {
    if (!response.ok) {
      return;
    }
    var copy = response.clone();
    return cache.put(url, response).then(function () {
      return copy.text();
    }).then(function (html) {
      // Keep the stylesheets and scripts the page uses, so it looks right offline.
      var assets = [];
      var pattern = /(?:href|src)="(\/(?:css|js)\/[^"]+)"/g;
      var match;
      while ((match = pattern.exec(html)) !== null) {
        assets.push(match[1]);
      }
      return Promise.all(assets.map(function (asset) {
        return cache.match(asset).then(function (hit) {
          return hit || fetch(asset).then(function (r) { return r.ok ? cache.put(asset, r) : undefined; });
        });
      }));
    });
  });
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(ESSENTIAL.map(function (url) { return store(cache, url); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type === 'save' && typeof data.url === 'string' && data.url.indexOf('/articles/') === 0) {
    event.waitUntil(caches.open(CACHE).then(function (cache) { return store(cache, data.url); }).then(function () {
      if (event.source) {
        event.source.postMessage({ type: 'saved', url: data.url });
      }
    }));
  }
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(function () {
      return caches.open(CACHE).then(function (cache) {
        return cache.match(url.pathname).then(function (hit) { return hit || cache.match('/offline'); });
      });
    }));
    return;
  }
  if (url.pathname.indexOf('/css/') === 0 || url.pathname.indexOf('/js/') === 0) {
    event.respondWith(caches.match(request).then(function (hit) { return hit || fetch(request); }));
  }
});
