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

  function drawFigures() {
    var figures = document.querySelectorAll('.plotly-figure[data-spec]');
    if (figures.length === 0) return;
    if (!window.Plotly) {
      console.warn('losslab: plotly.js did not load; figures are not shown');
      return;
    }
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
      var layout = Object.assign({ autosize: true }, spec.layout || {});
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
