/* losslab site: the phone menu and Plotly figures (drawn by the shared assets/plotly.min.js). */
(function () {
  'use strict';

  // Plotly's config for every figure, written by the exporter from the library's PLOTLY_CONFIG.
  var me = document.currentScript;
  var PLOTLY_CONFIG = JSON.parse((me && me.getAttribute('data-plotly-config')) || '{}');

  function setupMenu() {
    var button = document.querySelector('.nav-toggle');
    if (!button) return;
    button.addEventListener('click', function () {
      var open = document.body.classList.toggle('nav-open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && document.body.classList.contains('nav-open')) {
        document.body.classList.remove('nav-open');
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      }
    });
  }

  // A row of panels is unreadable on a phone: stack them, one panel per row, and grow the figure.
  function stackOnPhones(layout, width) {
    var grid = layout.grid;
    if (!grid || width >= 600 || grid.rows !== 1 || !(grid.columns > 1)) return layout;
    var panels = grid.columns;
    var height = Math.round((layout.height || 420) * (0.25 + 0.75 * panels));
    return Object.assign({}, layout, {
      grid: Object.assign({}, grid, { rows: panels, columns: 1, ygap: 0.35 }),
      height: height,
      legend: Object.assign({}, layout.legend, { y: -70 / height }),
    });
  }

  // Figures follow the page's theme: in dark mode, dark paper, light text, dim grid lines.
  var darkScheme = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  var DARK = { paper: '#1b1e22', font: '#d8dce1', grid: '#343a41', line: '#6b737d', zero: '#4a5059', control: '#2c3036' };

  function get(obj, path) {
    return path.split('.').reduce(function (o, k) { return o == null ? undefined : o[k]; }, obj);
  }

  function set(obj, path, value) {
    var keys = path.split('.');
    var last = keys.pop();
    var target = keys.reduce(function (o, k) { return (o[k] = o[k] && typeof o[k] === 'object' ? o[k] : {}); }, obj);
    target[last] = value;
  }

  /** Plotly.relayout's flat update for a theme: dark colours, or the figure's own (null = Plotly's default). */
  function themeUpdate(layout, original, dark) {
    var pick = function (path, colour) {
      var own = get(original, path);
      return dark ? colour : (own === undefined ? null : own);
    };
    var update = {
      paper_bgcolor: pick('paper_bgcolor', DARK.paper),
      plot_bgcolor: pick('plot_bgcolor', DARK.paper),
      'font.color': pick('font.color', DARK.font),
      'legend.bgcolor': pick('legend.bgcolor', 'rgba(0,0,0,0)'),
    };
    Object.keys(layout).forEach(function (key) {
      if (!/^[xy]axis\d*$/.test(key)) return;
      update[key + '.gridcolor'] = pick(key + '.gridcolor', DARK.grid);
      update[key + '.linecolor'] = pick(key + '.linecolor', DARK.line);
      update[key + '.zerolinecolor'] = pick(key + '.zerolinecolor', DARK.zero);
    });
    ['sliders', 'updatemenus'].forEach(function (kind) {
      (layout[kind] || []).forEach(function (_, i) {
        update[kind + '[' + i + '].font.color'] = pick(kind + '.' + i + '.font.color', DARK.font);
        update[kind + '[' + i + '].bgcolor'] = pick(kind + '.' + i + '.bgcolor', DARK.control);
      });
    });
    return update;
  }

  function applyTheme(layout, update) {
    Object.keys(update).forEach(function (path) {
      if (update[path] !== null) set(layout, path.replace(/\[(\d+)\]/g, '.$1'), update[path]);
    });
    return layout;
  }

  function followTheme(drawn) {
    if (!darkScheme) return;
    var onChange = function () {
      drawn.forEach(function (figure) {
        window.Plotly.relayout(figure.div, themeUpdate(figure.div.layout, figure.original, darkScheme.matches));
      });
    };
    if (darkScheme.addEventListener) darkScheme.addEventListener('change', onChange);
    else if (darkScheme.addListener) darkScheme.addListener(onChange);
  }

  function drawFigures() {
    var figures = document.querySelectorAll('.plotly-figure[data-spec]');
    if (figures.length === 0) return;
    if (!window.Plotly) {
      console.warn('losslab: plotly.js did not load; figures are not shown');
      return;
    }
    var drawn = [];
    Array.prototype.forEach.call(figures, function (div) {
      var id = div.getAttribute('data-spec');
      // Small figures sit inline as JSON; large ones were registered by their own deferred script.
      // Looked up as exactly that, so no other element with the same id (a heading "Figure 1",
      // content of a notebook) can stand in for it.
      var script = document.querySelector('script[type="application/json"][id="' + id + '"]');
      var registry = window.losslabFigures;
      if (!registry || registry instanceof Node || typeof registry !== 'object') registry = {};
      var own = Object.prototype.hasOwnProperty.call(registry, id);
      var spec = script ? JSON.parse(script.textContent || '{}') : own ? registry[id] : undefined;
      if (!spec) {
        console.warn('losslab: no data for figure ' + id);
        return;
      }
      var layout = stackOnPhones(Object.assign({ autosize: true }, spec.layout || {}), div.clientWidth);
      var original = JSON.parse(JSON.stringify(spec.layout || {}));
      if (darkScheme && darkScheme.matches) applyTheme(layout, themeUpdate(layout, original, true));
      var config = Object.assign({}, PLOTLY_CONFIG, spec.config || {});
      window.Plotly.newPlot(div, { data: spec.data || [], layout: layout, config: config, frames: spec.frames })
        .then(function () { div.dispatchEvent(new CustomEvent('losslab:figure-drawn', { bubbles: true })); });
      drawn.push({ div: div, original: original });
    });
    followTheme(drawn);
  }

  function start() {
    setupMenu();
    drawFigures();
  }

  // Deferred scripts (this one, plotly.js, large figures' data) all run before DOMContentLoaded.
  if (document.readyState === 'complete') start();
  else document.addEventListener('DOMContentLoaded', start);
})();
