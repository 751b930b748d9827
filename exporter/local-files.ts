/**
 * Local files a page links to (an image next to a lesson, say), copied into the site beside it.
 * A file is copied only when it resolves inside the input folders; from untrusted inputs, only
 * images and plain data are published (an `.html` or `.js` file would run in the site's origin),
 * and SVG is sanitised. What is not published is reported, naming the page and the link.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { extname, join } from 'path';
import type { InputFolders } from './inputs';
import { write } from './out-dir';
import { sanitizeSvg } from './svg';

/** File types published from untrusted inputs: none of them runs in a browser. */
export const UNTRUSTED_FILE_TYPES = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.txt', '.csv', '.tsv', '.json'];

export interface LocalFiles {
  out: string;
  trusted: boolean;
  inputs: InputFolders;
  /** Site folder (`lessons`, `notebooks`) -> the input folders it comes from. */
  roots: ReadonlyMap<string, string[]>;
  warn(message: string): void;
  problem(message: string): void;
}

/** Write `data` to `out/path`; untrusted SVG is sanitised first. */
export function publish(f: Pick<LocalFiles, 'out' | 'trusted'>, path: string, data: Buffer): void {
  const svg = !f.trusted && extname(path).toLowerCase() === '.svg';
  write(f.out, path, svg ? sanitizeSvg(data.toString('utf8')) : data);
}

/** Copier for the links of the page `fromSource`; `where()` names the part of the page (a cell). */
export function localFileCopier(f: LocalFiles, fromSource: string, where: () => string | undefined): (source: string) => string | undefined {
  return (source) => {
    const at = `${fromSource}${where() ? `, ${where()}` : ''}`;
    if (existsSync(join(f.out, source))) return source; // copied or written already
    const [top, ...rest] = source.split('/');
    for (const root of f.roots.get(top) ?? []) {
      const file = join(root, ...rest);
      if (!existsSync(file)) continue;
      if (!f.inputs.inside(file)) {
        f.problem(`${at} links to ${source}, which is not published: it resolves to ${f.inputs.real(file)}, outside the input folders`);
        return undefined;
      }
      if (!statSync(file).isFile()) continue;
      const type = extname(file).toLowerCase();
      if (!f.trusted && !UNTRUSTED_FILE_TYPES.includes(type)) {
        f.problem(`${at} links to ${source}, which is not published: ${type || 'a file without extension'} may run scripts; from untrusted inputs only ${UNTRUSTED_FILE_TYPES.join(' ')} files are`);
        return undefined;
      }
      publish(f, source, readFileSync(file));
      return source;
    }
    f.warn(`${at} links to ${source}, which is not in the site; the link is shown as text`);
    return undefined;
  };
}
