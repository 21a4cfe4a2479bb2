// Page behaviour shared by every page: theme switch, search shortcut, copy buttons, CSRF-aware fetch.
(function () {
  'use strict';

  var THEMES = ['auto', 'light', 'dark'];

  function setupThemeToggle() {
    var button = document.querySelector('[data-theme-toggle]');
    if (!button) { return; }
    var current = document.documentElement.getAttribute('data-theme') || 'auto';
    button.textContent = 'Theme: ' + current;
    button.addEventListener('click', function () {
      current = THEMES[(THEMES.indexOf(current) + 1) % THEMES.length];
      document.documentElement.setAttribute('data-theme', current);
      try { localStorage.setItem('praxis-theme', current); } catch (e) { /* private mode: choice lasts this page */ }
      button.textContent = 'Theme: ' + current;
    });
  }

  function setupSearchShortcut() {
    var input = document.querySelector('[data-search-shortcut]');
    if (!input) { return; }
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      var typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (!typing && (event.key === '/' || ((event.ctrlKey || event.metaKey) && event.key === 'k'))) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  function setupCopyButtons() {
    document.querySelectorAll('pre[data-copy]').forEach(function (pre) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.textContent = 'Copy';
      button.setAttribute('aria-label', 'Copy this command block');
      button.addEventListener('click', function () {
        var code = pre.querySelector('code') || pre;
        navigator.clipboard.writeText(code.innerText).then(function () {
          button.textContent = 'Copied';
          setTimeout(function () { button.textContent = 'Copy'; }, 1500);
        }, function () {
          button.textContent = 'Select and copy';
        });
      });
      pre.parentNode.insertBefore(button, pre);
    });
  }

  /**
   * Moments are written by the server in UTC with the zone named; shown here in the reader's own zone, named too
   * ("2026-12-02 15:05 CET"), in the same year-month-day order. Exported for parts a script puts in later.
   */
  function localTimes(root) {
    if (!window.Intl || !Intl.DateTimeFormat) { return; }
    (root || document).querySelectorAll('time[data-local-time][datetime]').forEach(function (element) {
      var at = new Date(element.getAttribute('datetime'));
      if (isNaN(at.getTime())) { return; }
      var seconds = element.getAttribute('data-local-time') === 'seconds';
      var options = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
        hourCycle: 'h23', timeZoneName: 'short' };
      if (seconds) { options.second = '2-digit'; }
      var parts = {};
      new Intl.DateTimeFormat('en-GB', options).formatToParts(at).forEach(function (part) { parts[part.type] = part.value; });
      element.textContent = parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute
        + (seconds ? ':' + parts.second : '') + ' ' + parts.timeZoneName;
      element.title = element.getAttribute('datetime');
    });
  }
  window.praxisLocalTimes = localTimes;

  /** POSTs form data with the page's CSRF token; resolves to the parsed JSON answer. */
  window.praxisPost = function (url, formData) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    var headers = { 'Accept': 'application/json' };
    if (token && header) { headers[header.content] = token.content; }
    return fetch(url, { method: 'POST', body: formData, headers: headers, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) {
            var error = new Error(body.detail || body.message || ('The server answered ' + response.status));
            error.status = response.status;
            error.body = body;
            throw error;
          }
          return body;
        });
      });
  };

  /**
   * A form answered with an error opens at that form (the address names it): the refused field gets the focus, so
   * the learner reads the message next to it and keeps typing there.
   */
  function focusRefusedField() {
    if (!location.hash) { return; }
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var field = target && target.querySelector('[aria-invalid="true"]');
    if (!field) { return; }
    // after the browser's own scroll to the fragment, which would otherwise take the focus back to the page
    window.addEventListener('load', function () {
      setTimeout(function () {
        field.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'start' });
      }, 0);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setupThemeToggle();
    focusRefusedField();
    setupSearchShortcut();
    setupCopyButtons();
    localTimes(document);
  });
})();
