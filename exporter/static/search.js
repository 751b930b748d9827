/*
 * losslab site: search in the top bar. The index (assets/search-index.js, built by
 * exporter/search.ts) and MiniSearch are scripts, loaded the first time the box is used: no
 * fetch, so search works from file:// and offline. The index holds text from notebooks, which
 * may be hostile: results are built from elements and textContent only, never from HTML strings.
 */
(function () {
  'use strict';

  var box = document.querySelector('.search[data-index]');
  if (!box) return;
  var input = box.querySelector('.search-input');
  var panel = box.querySelector('.search-panel');
  var list = box.querySelector('.search-results');
  var empty = box.querySelector('.search-empty');
  var status = box.querySelector('[role="status"]');
  var loading = null;
  var search = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(script);
    });
  }

  /** A search function over the index: query -> ranked results, each with its page. */
  function makeSearch(data, MiniSearch) {
    var dropped = new RegExp(data.dropped, 'u');
    var processTerm = function (term) {
      var lower = term.toLowerCase();
      return dropped.test(lower) ? null : lower;
    };
    var engine = MiniSearch.loadJS(data.index, Object.assign({}, data.options, { processTerm: processTerm }));
    var ranking = data.ranking;
    var options = {
      boost: ranking.boost,
      prefix: true,
      fuzzy: function (term) { return term.length >= ranking.fuzzyMinLength ? ranking.fuzzy : false; },
      boostDocument: function (id, term, stored) { return ranking.pageWeight[data.pages[stored.p].kind] || 1; },
    };
    return function (query) {
      var all = engine.search(query, Object.assign({ combineWith: 'AND' }, options));
      if (all.length === 0) all = engine.search(query, Object.assign({ combineWith: 'OR' }, options));
      return all.slice(0, ranking.maxResults).map(function (r) { return { result: r, page: data.pages[r.p] }; });
    };
  }

  function load() {
    if (!loading) {
      loading = Promise.all([loadScript(box.getAttribute('data-engine')), loadScript(box.getAttribute('data-index'))])
        .then(function () {
          var data = window.losslabSearch;
          // An element with that id in a trusted page is not the index (DOM clobbering).
          if (!data || data instanceof Node || !data.index || !window.MiniSearch) throw new Error('the search index did not load');
          search = makeSearch(data, window.MiniSearch);
        })
        .catch(function (error) {
          console.warn('losslab: ' + error.message + '; search is unavailable');
          status.textContent = 'Search is unavailable.';
        });
    }
    return loading;
  }

  /** `text` as nodes, with the matched words in <mark>: text nodes only, whatever `text` holds. */
  function highlighted(cls, text, words) {
    var span = document.createElement('span');
    span.className = cls;
    var escaped = words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
    var parts = escaped.length ? text.split(new RegExp('(' + escaped.join('|') + ')', 'iu')) : [text];
    parts.forEach(function (part, i) {
      if (part === '') return;
      var node = i % 2 === 1 ? document.createElement('mark') : document.createTextNode(part);
      if (i % 2 === 1) node.textContent = part;
      span.appendChild(node);
    });
    return span;
  }

  function resultLink(hit) {
    var r = hit.result;
    var words = (r.terms || []).slice().sort(function (a, b) { return b.length - a.length; });
    var link = document.createElement('a');
    link.className = 'search-hit';
    link.href = box.getAttribute('data-root') + hit.page.url + (r.h ? '#' + encodeURIComponent(r.h) : '');
    var page = document.createElement('span');
    page.className = 'search-page';
    page.textContent = hit.page.name;
    link.appendChild(page);
    link.appendChild(highlighted('search-title', r.t, words));
    if (r.s) link.appendChild(highlighted('search-snippet', r.s, words));
    return link;
  }

  function open(isOpen) {
    panel.hidden = !isOpen;
  }

  function show() {
    var query = input.value.trim();
    list.textContent = '';
    if (query === '' || !search) {
      open(false);
      status.textContent = '';
      return;
    }
    var hits = search(query);
    hits.forEach(function (hit) {
      var item = document.createElement('li');
      item.appendChild(resultLink(hit));
      list.appendChild(item);
    });
    empty.hidden = hits.length > 0;
    empty.textContent = hits.length ? '' : 'Nothing found for “' + query + '”.';
    status.textContent = hits.length ? hits.length + (hits.length === 1 ? ' result' : ' results') : 'No results';
    open(true);
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll('.search-hit'));
  }

  function move(from, step) {
    var all = links();
    var at = all.indexOf(from) + step;
    if (at < 0) input.focus();
    else if (at < all.length) all[at].focus();
  }

  function close(refocus) {
    open(false);
    if (refocus) input.focus();
  }

  function onInputKey(event) {
    var shown = !panel.hidden && links().length > 0;
    if (event.key === 'ArrowDown' && panel.hidden && input.value.trim() !== '') {
      event.preventDefault();
      load().then(show);
    } else if (event.key === 'ArrowDown' && shown) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === 'Enter' && shown) {
      event.preventDefault();
      links()[0].click();
    } else if (event.key === 'Escape' && !panel.hidden) {
      // The first Escape closes the results and keeps the query; a second one clears it (the browser's own).
      event.preventDefault();
      close(false);
    }
  }

  function onListKey(event) {
    var link = event.target.closest ? event.target.closest('.search-hit') : null;
    if (!link) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(link, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    }
  }

  /** `/` anywhere but in a field or an editor focuses the box. */
  function onPageKey(event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    if (target && target.closest && target.closest('input, textarea, select, [contenteditable], .cm-editor')) return;
    event.preventDefault();
    input.focus();
  }

  function start() {
    box.hidden = false;
    input.addEventListener('focus', function () { load().then(show); });
    input.addEventListener('input', function () { load().then(show); });
    input.addEventListener('keydown', onInputKey);
    list.addEventListener('keydown', onListKey);
    // A result on this same page only scrolls: close the list, as following it elsewhere would.
    list.addEventListener('click', function () { close(false); });
    // Keep the focus in the box while a result is pressed (some browsers do not focus links on click).
    list.addEventListener('mousedown', function (event) { event.preventDefault(); });
    box.addEventListener('focusout', function (event) {
      if (!event.relatedTarget || !box.contains(event.relatedTarget)) open(false);
    });
    document.addEventListener('keydown', onPageKey);
  }

  start();
})();
