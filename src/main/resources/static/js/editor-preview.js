// The live preview beside the edit form. Progressive enhancement only: without this file
// the form works the same, and its Preview button shows the page as readers will see it.
(function () {
  'use strict';
  var form = document.getElementById('edit-form');
  var target = document.getElementById('live-preview');
  if (!form || !target || !window.fetch || !window.FormData || !window.DOMParser) {
    return;
  }
  var section = target.closest('section');
  var url = form.getAttribute('data-preview');
  var timer = null;
  var sent = 0;
  function refresh() {
    var number = ++sent;
    var data = new FormData(form);
    data.delete('action');
    fetch(url, { method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null || number !== sent) {
          return;
        }
        var parsed = new DOMParser().parseFromString(html, 'text/html');
        while (target.firstChild) {
          target.removeChild(target.firstChild);
        }
        Array.prototype.forEach.call(parsed.body.childNodes, function (node) {
          target.appendChild(document.importNode(node, true));
        });
      })
      .catch(function () { /* the Preview button still works */ });
  }
  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 600);
  }
  var body = document.getElementById('body');
  Array.prototype.forEach.call(document.querySelectorAll('.insert-picture'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = '\n' + button.getAttribute('data-markdown') + '\n';
      var start = body.selectionStart;
      body.value = body.value.slice(0, start) + text + body.value.slice(body.selectionEnd);
      body.focus();
      body.selectionStart = body.selectionEnd = start + text.length;
      later();
    });
  });
  section.hidden = false;
  form.classList.add('with-preview');
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  refresh();
}());
