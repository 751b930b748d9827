/** The output folder: replaced only when it holds a previous site, and written file by file. */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';

/** Empty `out` for a new build; refuse a folder that holds anything but a previous site. */
export function prepareOut(out: string): void {
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, 'assets', 'site.js'))) {
    throw new Error(`buildSite: ${out} is not empty and does not look like a previous site; choose another --out`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
}

/** Write `data` to `out/path`, creating its folders; returns the file's path. */
export function write(out: string, path: string, data: string | Buffer): string {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  return file;
}
