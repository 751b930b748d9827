/**
 * The browser build's `src/display/plotly-loader.ts`: the page that hosts the in-browser kernel
 * already loads the site's one copy of plotly.js, so figures never carry it inline.
 */
export { PLOTLY_SCRIPT_ID, QUEUE, drainQueueJs } from '../../../src/display/plotly-loader';

/** Nothing to inline: the page has plotly.js. */
export function plotlyScriptTag(): string {
  return '';
}
