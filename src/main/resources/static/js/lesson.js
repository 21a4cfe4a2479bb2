// Lesson pages: predictions without a page reload, sections-read tracking, "On this page" following the scroll,
// and the diagram and math renderers, loaded from the platform itself only when the page needs them: the diagram
// renderer (the largest script by far) only once a diagram comes near the viewport.
(function () {
  'use strict';

  // asset links with their content hash, rendered by the layout on this script's element
  var assets = (document.currentScript && document.currentScript.dataset) || {};
  var MERMAID = assets.mermaid || '/webjars/mermaid/dist/mermaid.min.js';
  var KATEX_SCRIPT = assets.katexScript || '/webjars/katex/dist/katex.min.js';
  var KATEX_STYLE = assets.katexStyle || '/webjars/katex/dist/katex.min.css';

  function csrfHeaders(extra) {
    var headers = extra || {};
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function bindPredictionForms(root) {
    root.querySelectorAll('form[data-prediction-form]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var card = form.closest('[data-prediction-card]');
        var status = form.querySelector('[role="status"]');
        var data = new FormData(form);
        if (event.submitter && event.submitter.name) { data.append(event.submitter.name, event.submitter.value); }
        if (status) { status.textContent = 'Saving…'; }
        fetch(form.action, {
          method: 'POST', body: data, credentials: 'same-origin',
          headers: csrfHeaders({ 'X-Praxis-Fragment': '1', 'Accept': 'text/html' })
        }).then(function (response) {
          return response.text().then(function (html) { return { ok: response.ok, status: response.status, html: html }; });
        }).then(function (result) {
          if (result.html.indexOf('data-prediction-card') === -1) {
            if (status) { status.textContent = 'Not saved (the server answered ' + result.status + '). Your text is still here.'; }
            return;
          }
          var holder = document.createElement('div');
          holder.innerHTML = result.html;
          var fresh = holder.querySelector('[data-prediction-card]');
          var typed = form.querySelector('textarea') ? form.querySelector('textarea').value : null;
          card.replaceWith(fresh);
          bindPredictionForms(fresh);
          if (window.praxisLocalTimes) { window.praxisLocalTimes(fresh); }
          var freshArea = fresh.querySelector('textarea');
          if (!result.ok && freshArea && typed !== null) { freshArea.value = typed; }
          var focusTarget = fresh.querySelector('.field__error') || fresh.querySelector('.prediction__reveal h4') || fresh;
          focusTarget.setAttribute('tabindex', '-1');
          focusTarget.focus();
        }).catch(function () {
          if (status) { status.textContent = 'Not saved: the network failed. Your text is still here; try again.'; }
        });
      });
    });
  }

  function trackSectionsRead(main) {
    var slug = main.getAttribute('data-module');
    var done = new Set((main.getAttribute('data-read-sections') || '').split(' ').filter(Boolean));
    var headings = Array.prototype.slice.call(document.querySelectorAll('.lesson h2[id]'));
    if (!slug || !headings.length || !('IntersectionObserver' in window)) { return; }
    function markRead(id) {
      if (done.has(id)) { return; }
      done.add(id);
      var data = new FormData();
      data.append('module', slug);
      data.append('section', id);
      fetch('/progress/read', { method: 'POST', body: data, credentials: 'same-origin', headers: csrfHeaders({}) });
    }
    // a section counts as read once the reader has scrolled on to the next one (or to the end of the page)
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        var index = headings.indexOf(entry.target);
        if (entry.isIntersecting && index > 0) { markRead(headings[index - 1].id); }
      });
    }, { rootMargin: '0px 0px -40% 0px' });
    headings.forEach(function (heading) { observer.observe(heading); });
    // the end of the lesson can never reach the upper part of the viewport (nothing follows it to scroll on to),
    // so the last section counts once the end itself comes into view
    var end = document.createElement('div');
    end.id = 'lesson-end';
    document.querySelector('.lesson').appendChild(end);
    new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) { markRead(headings[headings.length - 1].id); }
    }).observe(end);
  }

  function followToc() {
    var links = document.querySelectorAll('.lesson-toc a[href^="#"]');
    if (!links.length || !('IntersectionObserver' in window)) { return; }
    var byId = {};
    links.forEach(function (link) { byId[decodeURIComponent(link.getAttribute('href').slice(1))] = link; });
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting && byId[entry.target.id]) {
          links.forEach(function (link) { link.removeAttribute('aria-current'); });
          byId[entry.target.id].setAttribute('aria-current', 'true');
        }
      });
    }, { rootMargin: '0px 0px -70% 0px' });
    Object.keys(byId).forEach(function (id) {
      var target = document.getElementById(id);
      if (target) { observer.observe(target); }
    });
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  var mermaidReady = null;

  function loadMermaid() {
    if (!mermaidReady) {
      mermaidReady = loadScript(MERMAID).then(function () {
        var dark = document.documentElement.getAttribute('data-theme') === 'dark' ||
          (document.documentElement.getAttribute('data-theme') === 'auto' && window.matchMedia('(prefers-color-scheme: dark)').matches);
        // the dark palette is set explicitly: mermaid's own dark theme draws edge labels below 4.5:1 contrast
        window.mermaid.initialize(dark ? {
          startOnLoad: false, securityLevel: 'strict', theme: 'base',
          themeVariables: {
            darkMode: true, background: '#0f1318', primaryColor: '#1a2a44', primaryTextColor: '#e6e9ee',
            primaryBorderColor: '#7fb0ff', secondaryColor: '#1b212a', tertiaryColor: '#161b22', lineColor: '#aab3bf',
            textColor: '#e6e9ee', edgeLabelBackground: '#161b22', mainBkg: '#1a2a44', nodeTextColor: '#e6e9ee'
          }
        } : { startOnLoad: false, securityLevel: 'strict', theme: 'default' });
      });
    }
    return mermaidReady;
  }

  function drawDiagram(pre) {
    var source = pre.textContent;
    var id = 'mermaid-' + Math.random().toString(36).slice(2);
    window.mermaid.render(id, source).then(function (result) {
      var figure = document.createElement('figure');
      figure.className = 'mermaid-figure';
      figure.innerHTML = result.svg;
      // the drawing is one image to assistive technology; its text stays available in the source below
      var svg = figure.querySelector('svg');
      if (svg) {
        svg.removeAttribute('aria-roledescription');
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', 'Diagram drawn from the source below');
      }
      var sourceBox = document.createElement('details');
      sourceBox.innerHTML = '<summary>Diagram source</summary>';
      var code = document.createElement('pre');
      code.textContent = source;
      sourceBox.appendChild(code);
      figure.appendChild(sourceBox);
      pre.replaceWith(figure);
    }).catch(function () {
      var note = document.createElement('p');
      note.className = 'notice notice--warn';
      note.textContent = 'This diagram could not be drawn; its source is shown instead.';
      pre.classList.add('mermaid-failed');
      pre.parentNode.insertBefore(note, pre);
      var stray = document.getElementById('d' + id);
      if (stray) { stray.remove(); }
    });
  }

  /** Each diagram is drawn once it comes within a screen of the viewport; the renderer is fetched for the first. */
  function drawDiagrams() {
    var diagrams = document.querySelectorAll('pre.mermaid');
    if (!diagrams.length) { return; }
    function draw(pre) {
      loadMermaid().then(function () { drawDiagram(pre); })
        .catch(function () { /* the source stays visible as preformatted text */ });
    }
    if (!('IntersectionObserver' in window)) {
      diagrams.forEach(draw);
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          draw(entry.target);
        }
      });
    }, { rootMargin: '100% 0px' });
    diagrams.forEach(function (pre) { observer.observe(pre); });
  }

  function renderMath() {
    var nodes = document.querySelectorAll('.math-inline, .math-display');
    if (!nodes.length) { return; }
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = KATEX_STYLE;
    document.head.appendChild(css);
    loadScript(KATEX_SCRIPT).then(function () {
      nodes.forEach(function (node) {
        window.katex.render(node.textContent, node, {
          displayMode: node.classList.contains('math-display'), throwOnError: false
        });
      });
    }).catch(function () { /* the TeX source stays visible */ });
  }

  /** Heading anchors show only an icon: give each link a name a screen reader can announce. */
  function nameHeadingAnchors() {
    document.querySelectorAll('.prose a.anchor').forEach(function (anchor) {
      var heading = anchor.parentElement;
      var text = heading ? heading.textContent.replace(/^#\s*/, '').trim() : '';
      anchor.setAttribute('aria-label', 'Link to the section ' + text);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var main = document.querySelector('main[data-module]');
    nameHeadingAnchors();
    bindPredictionForms(document);
    if (main) { trackSectionsRead(main); }
    followToc();
    drawDiagrams();
    renderMath();
  });
})();
