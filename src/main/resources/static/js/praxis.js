// Page behaviour shared by every page: theme switch, search shortcut, copy buttons, folding parts on small screens,
// keyboard-reachable scrolling boxes, CSRF-aware fetch.
(function () {
  'use strict';

  var THEMES = ['auto', 'light', 'dark'];

  function setupThemeToggle() {
    var button = document.querySelector('[data-theme-toggle]');
    if (!button) { return; }
    var current = document.documentElement.getAttribute('data-theme') || 'auto';
    // the label in the page's language, written by the server for each theme
    function label(theme) { return button.getAttribute('data-label-' + theme) || ('Theme: ' + theme); }
    button.textContent = label(current);
    button.addEventListener('click', function () {
      current = THEMES[(THEMES.indexOf(current) + 1) % THEMES.length];
      document.documentElement.setAttribute('data-theme', current);
      try { localStorage.setItem('praxis-theme', current); } catch (e) { /* private mode: choice lasts this page */ }
      button.textContent = label(current);
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

  /** A sentence in the page's interface language: Ukrainian on Ukrainian pages, else English. */
  function say(english, ukrainian) {
    return document.documentElement.lang === 'uk' ? ukrainian : english;
  }

  function setupCopyButtons() {
    document.querySelectorAll('pre[data-copy]').forEach(function (pre) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.textContent = say('Copy', 'Копіювати');
      button.setAttribute('aria-label', say('Copy this command block', 'Копіювати цей блок команд'));
      button.addEventListener('click', function () {
        var code = pre.querySelector('code') || pre;
        navigator.clipboard.writeText(code.innerText).then(function () {
          button.textContent = say('Copied', 'Скопійовано');
          setTimeout(function () { button.textContent = say('Copy', 'Копіювати'); }, 1500);
        }, function () {
          button.textContent = say('Select and copy', 'Виділіть і скопіюйте');
        });
      });
      // button and code in one box: the button sits on its own line above the code and keeps its own width
      var box = document.createElement('div');
      box.className = 'code-block';
      pre.parentNode.insertBefore(box, pre);
      box.appendChild(button);
      box.appendChild(pre);
    });
  }

  /** The header menu, the track navigation and "On this page" fold away on small screens; a button unfolds each. */
  function setupFolds() {
    document.querySelectorAll('[data-fold-toggle]').forEach(function (button) {
      var fold = button.closest('.fold');
      if (!fold) { return; }
      button.addEventListener('click', function () {
        var open = fold.classList.toggle('is-open');
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
      });
    });
  }

  /**
   * A box that scrolls sideways (wide table, long command, large diagram) can be reached and scrolled with the
   * keyboard: it joins the tab order while its content is wider than the box, named after what it holds.
   */
  function focusableScrollBoxes(root) {
    (root || document).querySelectorAll('.table-wrap, pre, .mermaid-figure__canvas, .prose table').forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('data-scroll-box', '');
        if (!box.hasAttribute('role') && box.tagName !== 'PRE' && box.tagName !== 'TABLE') {
          box.setAttribute('role', 'region');
          box.setAttribute('aria-label', box.getAttribute('data-scroll-label')
            || say('Table, scrolls sideways', 'Таблиця, прокручується вбік'));
        }
      } else if (!scrolls && box.hasAttribute('data-scroll-box')) {
        box.removeAttribute('tabindex');
        box.removeAttribute('data-scroll-box');
      }
    });
  }
  window.praxisScrollBoxes = focusableScrollBoxes;

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

  /** The headers in 'extra' (or new ones) with the page's CSRF token added: every script's POSTs send it this way. */
  window.praxisCsrfHeaders = function (extra) {
    var headers = extra || {};
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  };

  /** POSTs form data with the page's CSRF token; resolves to the parsed JSON answer. */
  window.praxisPost = function (url, formData) {
    var headers = window.praxisCsrfHeaders({ 'Accept': 'application/json' });
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
    setupFolds();
    localTimes(document);
    focusableScrollBoxes(document);
    var resized = null;
    window.addEventListener('resize', function () {
      clearTimeout(resized);
      resized = setTimeout(function () { focusableScrollBoxes(document); }, 200);
    });
  });
})();
