// Suggestions while typing in a search box. Progressive enhancement only: without this file
// the search form works exactly the same.
(function () {
  'use strict';
  var list = document.getElementById('search-suggestions');
  if (!list || !window.fetch) {
    return;
  }
  var timer = null;
  var last = '';
  function update(input) {
    var text = input.value.trim();
    if (text.length < 2 || text === last) {
      return;
    }
    last = text;
    fetch('/api/suggest?q=' + encodeURIComponent(text), { headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        while (list.firstChild) {
          list.removeChild(list.firstChild);
        }
        suggestions.forEach(function (suggestion) {
          var option = document.createElement('option');
          option.value = suggestion.label;
          list.appendChild(option);
        });
      })
      .catch(function () { /* suggestions are optional */ });
  }
  document.querySelectorAll('input[type="search"][list="search-suggestions"]').forEach(function (input) {
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { update(input); }, 200);
    });
  });
})();
