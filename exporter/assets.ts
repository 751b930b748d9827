/**
 * Shared assets, copied once into `site/assets/`: plotly.js, KaTeX's CSS and fonts (WOFF2 only:
 * every browser that runs plotly.js reads it), the highlight.js theme (light and dark) and the
 * site's own CSS and JS. Nothing is fetched from outside the site.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** KaTeX's CSS with the WOFF and TTF fallbacks removed from every `@font-face`. */
export function woff2OnlyKatexCss(css: string): string {
  return css.replace(/,\s*url\(fonts\/[^)]+\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, '');
}

function copyKatex(assets: string): void {
  const dist = join(packageDir('katex'), 'dist');
  const target = join(assets, 'katex');
  mkdirSync(join(target, 'fonts'), { recursive: true });
  writeFileSync(join(target, 'katex.min.css'), woff2OnlyKatexCss(readFileSync(join(dist, 'katex.min.css'), 'utf8')));
  for (const font of readdirSync(join(dist, 'fonts'))) {
    if (font.endsWith('.woff2')) copyFileSync(join(dist, 'fonts', font), join(target, 'fonts', font));
  }
}

/**
 * github.min.css colours under WCAG AA's 4.5:1 on the site's code backgrounds, replaced by GitHub's
 * current (Primer) ones; the dark theme, after them, sets the same selectors again.
 */
const LIGHT_AA = `.hljs-doctag,.hljs-keyword,.hljs-meta .hljs-keyword,.hljs-template-tag,.hljs-template-variable,.hljs-type,.hljs-variable.language_{color:#cf222e}
.hljs-built_in,.hljs-symbol{color:#953800}.hljs-code,.hljs-comment,.hljs-formula{color:#57606a}
.hljs-name,.hljs-quote,.hljs-selector-pseudo,.hljs-selector-tag{color:#116329}`;
const DARK_AA = '.hljs-section{color:#79c0ff}';

function highlightTheme(): string {
  const styles = join(packageDir('highlight.js'), 'styles');
  const light = readFileSync(join(styles, 'github.min.css'), 'utf8');
  const dark = readFileSync(join(styles, 'github-dark.min.css'), 'utf8');
  return `${light}\n${LIGHT_AA}\n@media (prefers-color-scheme: dark) {\n${dark}\n${DARK_AA}\n}\n`;
}

/** Copy every shared asset into `<out>/assets/`. */
export function copyAssets(out: string): void {
  const assets = join(out, 'assets');
  mkdirSync(assets, { recursive: true });
  copyKatex(assets);
  writeFileSync(join(assets, 'hljs.css'), highlightTheme());
  copyFileSync(join(packageDir('plotly.js-dist-min'), 'plotly.min.js'), join(assets, 'plotly.min.js'));
  for (const file of ['site.css', 'guide.css', 'site.js', 'keyboard.js', 'favicon.svg']) copyFileSync(join(__dirname, 'static', file), join(assets, file));
}
