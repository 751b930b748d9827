/**
 * `npx tsx src/site/cli.ts --notebooks build/notebooks --lessons lessons --out site`
 *
 * Options:
 *   --notebooks DIR   executed notebooks (default build/notebooks)
 *   --sources DIR     committed notebooks, the fallback when an executed copy is missing
 *                     (default notebooks; `--sources none` disables the fallback)
 *   --lessons DIR     lessons (default lessons)
 *   --out DIR         output folder (default site)
 *   --trusted         keep raw HTML and scripts from the notebooks and lessons
 *   --untrusted       sanitise them (no scripts, event handlers, javascript: URLs, iframes)
 *   --title TEXT      course title (default losslab)
 *   --repository URL  clone URL shown on the index page
 * Trust defaults to --trusted when every input folder is one of the course's own (inside this
 * repository), and to --untrusted otherwise.
 */
import { realpathSync } from 'fs';
import { join, relative, resolve } from 'path';
import { buildSite, type SiteOptions } from './build';
import { formatStats } from './stats';

const REPO = resolve(__dirname, '..', '..');
const VALUES = ['--notebooks', '--sources', '--lessons', '--out', '--title', '--repository'] as const;
const FLAGS = ['--trusted', '--untrusted', '--help'] as const;

export interface CliArgs {
  values: Partial<Record<(typeof VALUES)[number], string>>;
  flags: Set<string>;
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { values: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    if ((FLAGS as readonly string[]).includes(name)) args.flags.add(name);
    else if ((VALUES as readonly string[]).includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`export: ${name} needs a value`);
      args.values[name as (typeof VALUES)[number]] = value;
    } else throw new Error(`export: unknown option ${argv[i]}; expected one of ${[...VALUES, ...FLAGS].join(', ')}`);
  }
  if (args.flags.has('--trusted') && args.flags.has('--untrusted')) {
    throw new Error('export: choose one of --trusted and --untrusted');
  }
  return args;
}

/** True when `dir` is inside this repository (and not a symlink out of it). */
function isOwn(dir: string): boolean {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return true; // a missing folder contributes nothing to trust
  }
  const rel = relative(realpathSync(REPO), real);
  return !rel.startsWith('..') && !rel.startsWith('/') && !rel.split(/[\\/]/).includes('node_modules');
}

export function optionsFrom(args: CliArgs, warn: (m: string) => void): SiteOptions {
  const v = args.values;
  const sources = v['--sources'] === 'none' ? undefined : v['--sources'] ?? 'notebooks';
  const o: SiteOptions = {
    notebooks: v['--notebooks'] ?? join('build', 'notebooks'),
    sources,
    lessons: v['--lessons'] ?? 'lessons',
    out: v['--out'] ?? 'site',
    courseTitle: v['--title'],
    repository: v['--repository'],
    trusted: false,
    warn,
  };
  const own = [o.notebooks, o.lessons, ...(sources ? [sources] : [])].every(isOwn);
  o.trusted = args.flags.has('--trusted') || (!args.flags.has('--untrusted') && own);
  return o;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.flags.has('--help')) {
    console.log('usage: tsx src/site/cli.ts [--notebooks DIR] [--sources DIR|none] [--lessons DIR] [--out DIR] [--trusted|--untrusted] [--title TEXT] [--repository URL]');
    return;
  }
  const o = optionsFrom(args, (m) => console.warn(`export: warning: ${m}`));
  console.log(`export: ${o.trusted ? 'trusted' : 'untrusted (sanitised)'} content from ${o.notebooks} and ${o.lessons} into ${o.out}`);
  const stats = await buildSite(o);
  console.log(formatStats(stats));
  console.log(`open ${join(resolve(o.out), 'index.html')}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
