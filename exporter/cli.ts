/**
 * `npx tsx exporter/cli.ts --notebooks build/notebooks --lessons lessons --out site`
 *
 * Options:
 *   --notebooks DIR   executed notebooks (default build/notebooks)
 *   --sources DIR     committed notebooks, the fallback when an executed copy is missing
 *                     (default notebooks; `--sources none` disables the fallback)
 *   --lessons DIR     lessons (default lessons)
 *   --out DIR         output folder (default site)
 *   --trusted         keep raw HTML and scripts from the notebooks and lessons
 *   --untrusted       sanitise them (no scripts, event handlers, javascript: URLs, iframes)
 *   --strict          exit with status 1 when anything was left out of the site
 *   --title TEXT      course title (default losslab)
 *   --repository URL  clone URL shown on the index page
 * Trust defaults to --trusted when every input folder is one of the course's own (inside this
 * repository), and to --untrusted otherwise.
 */
import { realpathSync } from 'fs';
import { join, relative, resolve } from 'path';
import { buildSite, type SiteOptions } from './build';
import { formatStats } from './stats';

const REPO = resolve(__dirname, '..');
const VALUES = ['--notebooks', '--sources', '--lessons', '--out', '--title', '--repository'] as const;
const FLAGS = ['--trusted', '--untrusted', '--strict', '--help'] as const;

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

export const USAGE = `usage: tsx exporter/cli.ts [--notebooks DIR] [--sources DIR|none] [--lessons DIR] [--out DIR]
                          [--trusted|--untrusted] [--strict] [--title TEXT] [--repository URL]
  --notebooks DIR   executed notebooks (default build/notebooks)
  --sources DIR     committed notebooks, used where an executed copy is missing (default notebooks; none: no fallback)
  --lessons DIR     lessons (default lessons)
  --out DIR         output folder (default site); replaced only when it holds a previous site
  --trusted         keep raw HTML and scripts of the notebooks and lessons (default for this repository's own folders)
  --untrusted       sanitise them (default for any other folder); see the README's "Untrusted notebooks"
  --strict          exit with status 1 when anything was left out of the site: a malformed notebook,
                    a file outside the input folders, a file type not published from untrusted inputs.
                    Without it such problems are reported and the rest of the site is built (status 0).
  --title TEXT      course title (default losslab)
  --repository URL  clone URL shown on the index (git clone URL losslab); without it the index says to get the repository`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.flags.has('--help')) {
    console.log(USAGE);
    return;
  }
  const o = optionsFrom(args, (m) => console.warn(`export: warning: ${m}`));
  o.problem = (m) => console.error(`export: problem: ${m}`);
  console.log(`export: ${o.trusted ? 'trusted' : 'untrusted (sanitised)'} content from ${o.notebooks} and ${o.lessons} into ${o.out}`);
  const report = await buildSite(o);
  console.log(formatStats(report));
  console.log(`open ${join(resolve(o.out), 'index.html')}`);
  if (report.problems.length > 0) {
    const strict = args.flags.has('--strict');
    console.error(`export: ${report.problems.length} problem(s), listed above; ${strict ? 'failing because of --strict' : 'the rest of the site was built (use --strict to fail)'}`);
    if (strict) process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
