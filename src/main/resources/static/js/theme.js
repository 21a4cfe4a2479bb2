// Before the page paints: the reader's theme choice (light, dark or auto = follow the system), and the mark that
// scripts run.
(function () {
  var choice = null;
  try { choice = localStorage.getItem('praxis-theme'); } catch (e) { choice = null; }
  document.documentElement.setAttribute('data-theme', choice === 'light' || choice === 'dark' ? choice : 'auto');
  // parts that fold away on small screens (header menu, track navigation, "On this page") start folded only when a
  // script is there to unfold them; set before the first paint, so nothing jumps
  document.documentElement.classList.add('js');
})();
