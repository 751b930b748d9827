/**
 * The input folders (lessons, notebooks) and the one rule about them: a file is read or published
 * only when its real path (symlinks resolved) lies inside one of them.
 */
import { existsSync, realpathSync } from 'fs';
import { isAbsolute, relative } from 'path';

export class InputFolders {
  private readonly roots: string[];

  constructor(folders: Array<string | undefined>) {
    this.roots = folders.filter((f): f is string => f !== undefined && existsSync(f)).map((f) => realpathSync(f));
  }

  /** True when `path` exists (following symlinks). */
  exists(path: string): boolean {
    return existsSync(path);
  }

  /** The real path of `path`, or `path` itself when it does not resolve. */
  real(path: string): string {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  }

  /** True when `path` resolves to a file or folder inside one of the input folders. */
  inside(path: string): boolean {
    if (!existsSync(path)) return false;
    const real = realpathSync(path);
    return this.roots.some((root) => {
      const rel = relative(root, real);
      return rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel);
    });
  }
}
