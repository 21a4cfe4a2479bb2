// Quiz pages: each answer autosaves a moment after the learner stops typing, with a visible saved state.
(function () {
  'use strict';

  /** A sentence in the page's interface language: Ukrainian on Ukrainian pages, else English. */
  function say(english, ukrainian) {
    return document.documentElement.lang === 'uk' ? ukrainian : english;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-quiz-form]');
    if (!form) { return; }
    var module = form.querySelector('input[name="module"]').value;
    var status = form.querySelector('[data-autosave-status]');
    var savedAt = null;
    var timers = {};

    function describe() {
      if (!savedAt) { return; }
      var seconds = Math.max(0, Math.round((Date.now() - savedAt) / 1000));
      status.textContent = seconds < 60 ? say('Saved ' + seconds + ' s ago', 'Збережено ' + seconds + ' с тому')
        : say('Saved ' + Math.round(seconds / 60) + ' min ago', 'Збережено ' + Math.round(seconds / 60) + ' хв тому');
    }

    function save(area) {
      var data = new FormData();
      data.append('module', module);
      data.append('questionId', area.getAttribute('data-question-id'));
      data.append('answer', area.value);
      status.textContent = say('Saving…', 'Зберігаю…');
      fetch('/quiz/drafts', { method: 'POST', body: data, credentials: 'same-origin', headers: window.praxisCsrfHeaders() })
        .then(function (response) {
          return response.json().then(function (body) {
            if (!response.ok) { throw new Error(body.message || ('The server answered ' + response.status)); }
            savedAt = Date.now();
            describe();
          });
        })
        .catch(function (error) { status.textContent = say('Not saved: ', 'Не збережено: ') + error.message
          + say(' Your text is still here.', ' Ваш текст на місці.'); });
    }

    form.querySelectorAll('textarea[data-question-id]').forEach(function (area) {
      area.addEventListener('input', function () {
        clearTimeout(timers[area.id]);
        timers[area.id] = setTimeout(function () { save(area); }, 800);
      });
    });
    setInterval(describe, 5000);
  });
})();
