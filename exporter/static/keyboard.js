/*
 * losslab site: keyboard access where the browser gives none.
 * - A box that scrolls sideways (long code, wide math, a wide table) takes focus, so the arrow keys scroll it.
 * - A Plotly figure's slider and buttons are SVG drawn for the mouse: they become focusable controls.
 *   A slider moves with the arrow keys, Page Up/Down, Home and End; a button answers Enter and Space.
 * Figures are announced by the event `losslab:figure-drawn` (site.js and the runnable page send it).
 */
(function () {
  'use strict';

  var SCROLLERS = 'pre, .math-display, .katex-display, .output-html, .table-wrap';

  function markScrollers() {
    Array.prototype.forEach.call(document.querySelectorAll(SCROLLERS), function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      var marked = box.hasAttribute('data-scroll-focus');
      if (scrolls && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('data-scroll-focus', '');
      } else if (!scrolls && marked) {
        box.removeAttribute('tabindex');
        box.removeAttribute('data-scroll-focus');
      }
    });
  }

  /** `step ` or `η = ` -> `step`, `η`: the slider's name. */
  function sliderName(slider) {
    var prefix = slider.currentvalue && slider.currentvalue.prefix;
    return (prefix || '').replace(/[\s=:]+$/, '').trim() || 'Figure slider';
  }

  function sliderOf(div, group) {
    var sliders = (div._fullLayout && div._fullLayout.sliders) || [];
    var data = group.__data__;
    var index = data && typeof data._index === 'number' ? data._index : 0;
    return { index: index, options: sliders[index] };
  }

  /** Go to step `to` as a click there would: run the step's command, then mark it active. */
  function moveSlider(div, index, to) {
    var slider = div._fullLayout.sliders[index];
    var step = slider.steps[to];
    var command = step && step.execute !== false && step.method !== 'skip' && window.Plotly[step.method];
    var ran = command ? command.apply(null, [div].concat(step.args || [])) : null;
    Promise.resolve(ran).then(function () {
      if (div._fullLayout.sliders[index].active === to) return undefined;
      var update = {};
      update['sliders[' + index + '].active'] = to;
      return window.Plotly.relayout(div, update);
    }).then(function () { decorate(div); });
  }

  var SLIDER_KEYS = {
    ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1,
    PageUp: 'page', PageDown: '-page', Home: 'first', End: 'last',
  };

  function onSliderKey(div, group, event) {
    var move = SLIDER_KEYS[event.key];
    var slider = sliderOf(div, group);
    if (move === undefined || !slider.options) return;
    event.preventDefault();
    var last = slider.options.steps.length - 1;
    var page = Math.max(1, Math.round(last / 10));
    var now = slider.options.active || 0;
    var to = move === 'first' ? 0 : move === 'last' ? last : move === 'page' ? now + page : move === '-page' ? now - page : now + move;
    to = Math.min(last, Math.max(0, to));
    if (to !== now) moveSlider(div, slider.index, to);
  }

  function decorateSlider(div, group) {
    var slider = sliderOf(div, group).options;
    if (!slider) return;
    var active = slider.active || 0;
    var step = slider.steps[active];
    group.setAttribute('tabindex', '0');
    group.setAttribute('role', 'slider');
    group.setAttribute('aria-label', sliderName(slider));
    group.setAttribute('aria-orientation', 'horizontal');
    group.setAttribute('aria-valuemin', '0');
    group.setAttribute('aria-valuemax', String(slider.steps.length - 1));
    group.setAttribute('aria-valuenow', String(active));
    group.setAttribute('aria-valuetext', ((slider.currentvalue && slider.currentvalue.prefix) || '') + (step ? step.label : active));
    if (group.__losslabKeys) return;
    group.__losslabKeys = true;
    group.addEventListener('keydown', function (event) { onSliderKey(div, group, event); });
  }

  function decorateButton(button) {
    var text = button.querySelector('text');
    var label = ((text && text.textContent) || '').replace(/^[^\p{L}\p{N}]+/u, '').trim();
    button.setAttribute('tabindex', '0');
    button.setAttribute('role', 'button');
    if (label) button.setAttribute('aria-label', label);
    if (button.__losslabKeys) return;
    button.__losslabKeys = true;
    button.addEventListener('keydown', function (event) {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
  }

  /** A figure's frames may retitle it as its slider moves: its name (see exporter/figure.ts) follows. */
  function retitle(div) {
    var title = div._fullLayout && div._fullLayout.title && div._fullLayout.title.text;
    var text = typeof title === 'string' ? title.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() : '';
    if (text) div.setAttribute('aria-label', text);
  }

  function decorate(div) {
    retitle(div);
    Array.prototype.forEach.call(div.querySelectorAll('.slider-group'), function (group) { decorateSlider(div, group); });
    Array.prototype.forEach.call(div.querySelectorAll('.updatemenu-button'), decorateButton);
  }

  /** Plotly redraws its controls (a theme change, a slider's step): label them again, keep the focus. */
  function follow(div) {
    if (div.__losslabFollowed || typeof div.on !== 'function') return;
    div.__losslabFollowed = true;
    var later = function () { window.setTimeout(function () { decorate(div); }, 0); };
    ['plotly_afterplot', 'plotly_sliderchange', 'plotly_animatingframe', 'plotly_animated'].forEach(function (name) {
      div.on(name, later);
    });
  }

  document.addEventListener('losslab:figure-drawn', function (event) {
    var div = event.target;
    // plotly.js measures text in an SVG of its own, off screen: nothing to read.
    var tester = document.getElementById('js-plotly-tester');
    if (tester) tester.setAttribute('aria-hidden', 'true');
    decorate(div);
    follow(div);
  });

  var resizing = 0;
  window.addEventListener('resize', function () {
    window.clearTimeout(resizing);
    resizing = window.setTimeout(markScrollers, 200);
  });
  // Again once fonts and images have loaded: they change what overflows.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', markScrollers);
  else markScrollers();
  window.addEventListener('load', markScrollers);
})();
