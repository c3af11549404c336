// Registers the offline service worker and wires "Save for offline" buttons. Progressive
// enhancement only: without JavaScript (or service workers) the site works the same, and the
// buttons stay hidden.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !window.caches) {
    return;
  }
  navigator.serviceWorker.register('/sw.js').catch(function () { /* offline help is a bonus */ });
  var buttons = document.querySelectorAll('[data-save-offline]');
  Array.prototype.forEach.call(buttons, function (button) {
    var status = document.getElementById(button.getAttribute('aria-describedby'));
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.serviceWorker.ready.then(function (registration) {
        registration.active.postMessage({ type: 'save', url: button.getAttribute('data-save-offline') });
        if (status) {
          status.textContent = 'Saving this article so you can read it without a connection…';
        }
      });
    });
  });
  navigator.serviceWorker.addEventListener('message', function (event) {
    if (event.data && event.data.type === 'saved') {
      Array.prototype.forEach.call(buttons, function (button) {
        var status = document.getElementById(button.getAttribute('aria-describedby'));
        if (status && button.getAttribute('data-save-offline') === event.data.url) {
          status.textContent = 'Saved. This article will open even without a connection.';
        }
      });
    }
  });
}());
