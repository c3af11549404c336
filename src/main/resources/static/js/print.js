// The appointment sheet's Print button: shown only where scripts run (without them, the
// browser's own Print command works as the page says).
document.querySelectorAll('button[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
