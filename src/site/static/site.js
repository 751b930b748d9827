/* losslab site: the phone menu and Plotly figures (drawn by the shared assets/plotly.min.js). */
(function () {
  'use strict';

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

  function drawFigures() {
    var figures = document.querySelectorAll('.plotly-figure[data-spec]');
    if (figures.length === 0) return;
    if (!window.Plotly) {
      console.warn('losslab: plotly.js did not load; figures are not shown');
      return;
    }
    Array.prototype.forEach.call(figures, function (div) {
      var id = div.getAttribute('data-spec');
      var script = document.getElementById(id);
      // Small figures sit inline as JSON; large ones were registered by their own deferred script.
      var spec = script ? JSON.parse(script.textContent || '{}') : (window.losslabFigures || {})[id];
      if (!spec) {
        console.warn('losslab: no data for figure ' + id);
        return;
      }
      var layout = stackOnPhones(Object.assign({ autosize: true }, spec.layout || {}), div.clientWidth);
      var config = Object.assign({ responsive: true, displaylogo: false }, spec.config || {});
      window.Plotly.newPlot(div, { data: spec.data || [], layout: layout, config: config, frames: spec.frames });
    });
  }

  function start() {
    setupMenu();
    drawFigures();
  }

  // Deferred scripts (this one, plotly.js, large figures' data) all run before DOMContentLoaded.
  if (document.readyState === 'complete') start();
  else document.addEventListener('DOMContentLoaded', start);
})();
