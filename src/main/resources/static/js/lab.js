// The lab page: autosave of the learner's work a moment after typing stops, and the checklist verdicts refreshed
// from the server's answer, announced in a live region.
(function () {
  'use strict';

  function say(english, ukrainian) {
    return document.documentElement.lang === 'uk' ? ukrainian : english;
  }

  /** A badge's word in the page's language, by the verdict's style (the server's words are English). */
  var VERDICT_WORDS = {
    'pass': say('pass', 'виконано'), 'needs-attention': say('needs-attention', 'потребує уваги'),
    'fail': say('fail', 'не виконано'), 'self-attested': say('self-attested', 'самооцінка'),
    'neutral': say('not started', 'не розпочато')
  };

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-lab-form]');
    if (!form) { return; }
    var status = document.querySelector('[data-lab-status]');
    var passing = document.querySelector('[data-lab-passing]');
    var bar = document.querySelector('[data-lab-progress]');
    var timer = null;

    function applyVerdicts(body) {
      var changed = 0;
      body.verdicts.forEach(function (v) {
        var item = document.querySelector('[data-item-id="' + CSS.escape(v.itemId) + '"]');
        if (!item) { return; }
        var badge = item.querySelector('[data-verdict]');
        var shown = VERDICT_WORDS[v.style || v.verdict] || v.shown || v.verdict;
        if (badge.textContent !== shown) { changed++; }
        badge.textContent = shown;
        badge.className = 'badge badge--' + (v.style || v.verdict);
        item.querySelector('[data-evidence]').textContent = v.evidence;
      });
      passing.textContent = body.passing + say(' of ', ' з ') + body.total;
      bar.value = body.total ? Math.round(100 * body.passing / body.total) : 0;
      return changed;
    }

    function save() {
      var data = new FormData(form);
      fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin',
        headers: window.praxisCsrfHeaders({ 'X-Praxis-Autosave': '1', 'Accept': 'application/json' }) })
        .then(function (response) {
          return response.json().then(function (body) {
            if (response.status === 429) {
              // saved too often just now: save again when the server says the next save is taken
              clearTimeout(timer);
              timer = setTimeout(save, 1000 * (Number(response.headers.get('Retry-After')) || 5));
            }
            if (!response.ok) { throw new Error(body.message || ('the server answered ' + response.status)); }
            var changed = applyVerdicts(body);
            status.classList.remove('lab__status--unsaved');
            status.lastChild.textContent = say(' Saved just now', ' Щойно збережено') + (changed
              ? say('; ' + changed + ' checklist verdict(s) changed.', '; змінено вердиктів чекліста: ' + changed + '.') : '.');
          });
        })
        .catch(function (error) {
          // the learner is typing far below the summary: an unsaved answer must be said where they are
          status.classList.add('lab__status--unsaved');
          status.lastChild.textContent = say(' Not saved: ', ' Не збережено: ') + error.message
            + say('. Your text is still on the page.', '. Ваш текст лишається на сторінці.');
        });
    }

    document.querySelectorAll('[form="lab-form"]').forEach(function (field) {
      var kind = field.tagName === 'SELECT' || field.type === 'radio' ? 'change' : 'input';
      field.addEventListener(kind, function () {
        clearTimeout(timer);
        timer = setTimeout(save, 1000);
      });
    });
    form.addEventListener('submit', function () { clearTimeout(timer); });
  });
})();
