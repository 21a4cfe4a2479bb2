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

  document.addEventListener('DOMContentLoaded', function () {
    setupThemeToggle();
    setupSearchShortcut();
    setupCopyButtons();
  });
})();
