// Applies the reader's theme choice (light, dark or auto = follow the system) before the page paints.
(function () {
  var choice = null;
  try { choice = localStorage.getItem('praxis-theme'); } catch (e) { choice = null; }
  document.documentElement.setAttribute('data-theme', choice === 'light' || choice === 'dark' ? choice : 'auto');
})();
