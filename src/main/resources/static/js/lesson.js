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

  /** A sentence in the page's interface language: Ukrainian on Ukrainian pages, else English. */
  function say(english, ukrainian) {
    return document.documentElement.lang === 'uk' ? ukrainian : english;
  }

  function bindPredictionForms(root) {
    root.querySelectorAll('form[data-prediction-form]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var card = form.closest('[data-prediction-card]');
        var status = form.querySelector('[role="status"]');
        var data = new FormData(form);
        if (event.submitter && event.submitter.name) { data.append(event.submitter.name, event.submitter.value); }
        if (status) { status.textContent = say('Saving…', 'Зберігаю…'); }
        fetch(form.action, {
          method: 'POST', body: data, credentials: 'same-origin',
          headers: window.praxisCsrfHeaders({ 'X-Praxis-Fragment': '1', 'Accept': 'text/html' })
        }).then(function (response) {
          return response.text().then(function (html) { return { ok: response.ok, status: response.status, html: html }; });
        }).then(function (result) {
          if (result.html.indexOf('data-prediction-card') === -1) {
            if (status) { status.textContent = say('Not saved (the server answered ' + result.status + '). Your text is still here.',
              'Не збережено (сервер відповів ' + result.status + '). Ваш текст на місці.'); }
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
          if (status) { status.textContent = say('Not saved: the network failed. Your text is still here; try again.',
            'Не збережено: мережа не відповіла. Ваш текст на місці; спробуйте ще раз.'); }
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
      fetch('/progress/read', { method: 'POST', body: data, credentials: 'same-origin', headers: window.praxisCsrfHeaders({}) });
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

  /** The size a diagram is drawn at: its own, or when that is wider than the column at least 70 % of it (readable text). */
  function naturalSize(svg) {
    var box = svg.viewBox && svg.viewBox.baseVal;
    if (box && box.width) { return { width: box.width, height: box.height }; }
    var rect = svg.getBoundingClientRect();
    return { width: rect.width || 600, height: rect.height || 400 };
  }

  function sizeDiagram(svg, natural, available) {
    var width = natural.width <= available ? natural.width : Math.max(available, Math.round(natural.width * 0.7));
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.style.maxWidth = 'none';
    svg.style.width = width + 'px';
  }

  var dialog = null;

  /** One full-screen viewer per page: a copy of the diagram with zoom in, zoom out, fit and close. */
  function diagramDialog() {
    if (dialog) { return dialog; }
    dialog = document.createElement('dialog');
    dialog.className = 'diagram-dialog';
    dialog.setAttribute('aria-label', say('Diagram, full screen', 'Діаграма на весь екран'));
    dialog.innerHTML = '<div class="diagram-dialog__bar">' +
      '<button type="button" data-zoom="out" aria-label="' + say('Zoom out', 'Зменшити') + '">−</button>' +
      '<button type="button" data-zoom="in" aria-label="' + say('Zoom in', 'Збільшити') + '">+</button>' +
      '<button type="button" data-zoom="fit">' + say('Fit to screen', 'За розміром екрана') + '</button>' +
      '<button type="button" data-zoom="actual">' + say('Actual size', 'Справжній розмір') + '</button>' +
      '<output aria-live="polite"></output>' +
      '<button type="button" class="diagram-dialog__close" data-zoom="close">' + say('Close', 'Закрити') + '</button></div>' +
      '<div class="diagram-dialog__canvas" tabindex="0" role="region" aria-label="' +
      say('Diagram, scrolls in both directions', 'Діаграма, прокручується в обидва боки') + '"></div>';
    var canvas = dialog.querySelector('.diagram-dialog__canvas');
    var output = dialog.querySelector('output');
    var scale = 1, natural = { width: 1, height: 1 };
    /** Zooms keeping the point at the middle of the view where it is. */
    function zoomTo(wanted) {
      var svg = canvas.querySelector('svg');
      if (!svg) { return; }
      var x = (canvas.scrollLeft + canvas.clientWidth / 2) / Math.max(1, canvas.scrollWidth);
      var y = (canvas.scrollTop + canvas.clientHeight / 2) / Math.max(1, canvas.scrollHeight);
      scale = Math.min(8, Math.max(0.1, wanted));
      svg.style.width = Math.round(natural.width * scale) + 'px';
      output.textContent = Math.round(scale * 100) + ' %';
      canvas.scrollLeft = x * canvas.scrollWidth - canvas.clientWidth / 2;
      canvas.scrollTop = y * canvas.scrollHeight - canvas.clientHeight / 2;
    }
    function fit() {
      var width = canvas.clientWidth - 32, height = canvas.clientHeight - 32;
      return Math.min(width / natural.width, height / natural.height);
    }
    dialog.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-zoom]');
      if (!button) { return; }
      var action = button.getAttribute('data-zoom');
      if (action === 'close') { dialog.close(); }
      else if (action === 'in') { zoomTo(scale * 1.25); }
      else if (action === 'out') { zoomTo(scale / 1.25); }
      else if (action === 'fit') { zoomTo(fit()); }
      else { zoomTo(1); }
    });
    dialog.addEventListener('close', function () { canvas.innerHTML = ''; });
    dialog.praxisShow = function (svg) {
      // the copy gets its own id, and its stylesheet (written against the drawing's id) follows it
      var copy = svg.cloneNode(true);
      copy.id = svg.id + '-full';
      copy.querySelectorAll('style').forEach(function (style) {
        style.textContent = style.textContent.split('#' + svg.id).join('#' + copy.id);
      });
      canvas.innerHTML = '';
      canvas.appendChild(copy);
      natural = naturalSize(svg);
      dialog.showModal();
      // fitted to the screen, but never so small that its text cannot be read (then it scrolls), nor blown up past 2x
      zoomTo(Math.min(2, Math.max(fit(), 0.75)));
      // a diagram larger than the screen opens at its top, centred across
      canvas.scrollTop = 0;
      canvas.scrollLeft = (canvas.scrollWidth - canvas.clientWidth) / 2;
    };
    document.body.appendChild(dialog);
    return dialog;
  }

  function drawDiagram(pre) {
    var source = pre.textContent;
    var id = 'mermaid-' + Math.random().toString(36).slice(2);
    window.mermaid.render(id, source).then(function (result) {
      var figure = document.createElement('figure');
      figure.className = 'mermaid-figure';
      var canvas = document.createElement('div');
      canvas.className = 'mermaid-figure__canvas';
      canvas.setAttribute('data-scroll-label', say('Diagram, scrolls sideways', 'Діаграма, прокручується вбік'));
      canvas.innerHTML = result.svg;
      figure.appendChild(canvas);
      // the drawing is one image to assistive technology; its text stays available in the source below
      var svg = canvas.querySelector('svg');
      if (svg) {
        svg.removeAttribute('aria-roledescription');
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', say('Diagram drawn from the source below', 'Діаграма, намальована з коду нижче'));
        var tools = document.createElement('div');
        tools.className = 'mermaid-figure__tools';
        var open = document.createElement('button');
        open.type = 'button';
        open.className = 'button--quiet';
        open.textContent = say('Open full screen (zoom)', 'Відкрити на весь екран (масштаб)');
        open.addEventListener('click', function () { diagramDialog().praxisShow(svg); });
        tools.appendChild(open);
        figure.appendChild(tools);
      }
      var sourceBox = document.createElement('details');
      sourceBox.innerHTML = '<summary>Diagram source</summary>';
      var code = document.createElement('pre');
      code.textContent = source;
      sourceBox.appendChild(code);
      figure.appendChild(sourceBox);
      pre.replaceWith(figure);
      if (svg) {
        // the style mermaid writes (its own width) would shrink a wide diagram to unreadable text on a phone
        var natural = naturalSize(svg);
        svg.style.maxWidth = '';
        sizeDiagram(svg, natural, canvas.clientWidth);
      }
      if (window.praxisScrollBoxes) { window.praxisScrollBoxes(figure); }
    }).catch(function () {
      var note = document.createElement('p');
      note.className = 'notice notice--warn';
      note.textContent = say('This diagram could not be drawn; its source is shown instead.',
        'Цю діаграму не вдалося намалювати; натомість показано її код.');
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
      anchor.setAttribute('aria-label', say('Link to the section ', 'Посилання на розділ ') + text);
    });
  }

  /**
   * The language switch keeps the reader's place: the link carries the number of the section being read
   * (#section-3), and the translation opens at its own third section, whatever that section's id is there.
   */
  function keepThePlaceAcrossLanguages() {
    var headings = Array.prototype.slice.call(document.querySelectorAll('.lesson h2[id]'));
    document.querySelectorAll('.lesson__languages a[hreflang]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        var reading = -1;
        headings.forEach(function (heading, index) {
          if (heading.getBoundingClientRect().top <= 120) { reading = index; }
        });
        if (reading < 0 || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
        event.preventDefault();
        location.href = link.href.split('#')[0] + '#section-' + (reading + 1);
      });
    });
    var wanted = /^#section-(\d+)$/.exec(location.hash);
    if (wanted && !document.getElementById(location.hash.slice(1)) && headings.length) {
      var target = headings[Math.min(headings.length, parseInt(wanted[1], 10)) - 1];
      history.replaceState(null, '', '#' + target.id);
      target.scrollIntoView({ block: 'start' });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var main = document.querySelector('main[data-module]');
    keepThePlaceAcrossLanguages();
    nameHeadingAnchors();
    bindPredictionForms(document);
    if (main) { trackSectionsRead(main); }
    followToc();
    drawDiagrams();
    renderMath();
  });
})();
