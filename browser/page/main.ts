/**
 * Entry of `assets/run/notebook.js`, loaded by every notebook page of the site: fetches the page's
 * own `.ipynb` (its Download link) and makes the page runnable in the browser.
 */
import { parseValidNotebook } from '../../exporter/validate';
import { NotebookPage } from './notebook-page';
import css from './run.css';

const BACKENDS = ['webgl', 'wasm', 'cpu'];
const script = document.currentScript as HTMLScriptElement | null;

function notice(article: HTMLElement, html: string): void {
  const p = document.createElement('p');
  p.className = 'notice run-notice';
  p.innerHTML = html;
  article.querySelector('.page-actions')?.after(p);
}

async function start(): Promise<void> {
  const article = document.querySelector<HTMLElement>('article.notebook');
  const link = article?.querySelector<HTMLAnchorElement>('.page-actions a[download]');
  if (!article || !link || !script) return;
  if (location.protocol === 'file:') {
    notice(article, 'To run this notebook in your browser, serve the site folder and open it over http, for example <code>python3 -m http.server -d site 8000</code> then <code>http://127.0.0.1:8000/</code>.');
    return;
  }
  const requested = new URLSearchParams(location.search).get('backend') ?? undefined;
  if (requested !== undefined && !BACKENDS.includes(requested)) {
    notice(article, `Unknown backend <code>${requested.replace(/[^a-z0-9]/gi, '')}</code> in the page URL: use ?backend=webgl, wasm or cpu.`);
  }
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const response = await fetch(link.href);
  const notebook = parseValidNotebook(await response.text(), link.getAttribute('href') ?? 'notebook');
  const base = new URL('./', script.src).href;
  const page = new NotebookPage(article, {
    notebook,
    storageKey: new URL(link.href).pathname,
    fileName: decodeURIComponent(new URL(link.href).pathname.split('/').pop() ?? 'notebook.ipynb'),
    kernelUrl: `${base}kernel.js`,
    wasmBase: base,
    backend: requested !== undefined && BACKENDS.includes(requested) ? requested : undefined,
  });
  (window as unknown as { losslabNotebook?: NotebookPage }).losslabNotebook = page;
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start());
else void start();
