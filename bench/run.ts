/**
 * `npm run bench [-- --quick] [-- --only steps,profile,optimizers,losses,notebooks,site,kernel,browser] [-- --run-notebooks]`
 * Prints markdown tables (ratios first) and writes the figures to bench-results/<timestamp>.json.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchKernel } from './kernel';
import { benchBrowser } from './browser';
import { benchLosses } from './losses';
import { benchNotebooks } from './notebooks';
import { benchOptimizers } from './optimizers';
import { benchProfile } from './profile';
import { benchSite } from './site';
import { benchSteps } from './steps';
import { renderSection, type Section } from './table';

const SECTIONS = {
  steps: (o: Options) => benchSteps(o.quick),
  profile: (o: Options) => benchProfile(o.quick),
  optimizers: (o: Options) => benchOptimizers(o.quick),
  losses: (o: Options) => benchLosses(o.quick),
  notebooks: (o: Options) => benchNotebooks(o.runNotebooks),
  site: (o: Options) => benchSite(o.quick),
  kernel: (o: Options) => benchKernel(o.quick),
  browser: (o: Options) => benchBrowser(o.quick),
} as const;
type SectionName = keyof typeof SECTIONS;

interface Options {
  quick: boolean;
  runNotebooks: boolean;
  only: SectionName[];
}

function parseArgs(argv: readonly string[]): Options {
  const names = Object.keys(SECTIONS) as SectionName[];
  const options: Options = { quick: false, runNotebooks: false, only: names };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--run-notebooks') options.runNotebooks = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg.includes('=') ? arg.slice('--only='.length) : argv[++i] ?? '';
      const picked = value.split(',').filter((s) => s !== '');
      const unknown = picked.filter((s) => !(names as string[]).includes(s));
      if (unknown.length > 0 || picked.length === 0) {
        throw new Error(`bench: --only takes a comma list of ${names.join(', ')}; got '${value}'`);
      }
      options.only = picked as SectionName[];
    } else if (arg === '--help' || arg === '-h') {
      console.log(`npm run bench -- [--quick] [--only ${names.join(',')}] [--run-notebooks]`);
      process.exit(0);
    } else throw new Error(`bench: unknown argument '${arg}' (try --help)`);
  }
  return options;
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, node: process.version, platform: `${os.platform()} ${os.release()}`, loadavg: os.loadavg().map((l) => Number(l.toFixed(2))) };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = new Date();
  const info = machine();
  console.log(`# losslab benchmarks (${options.quick ? 'quick' : 'full'}), ${started.toISOString()}`);
  console.log(`machine: ${info.cpu}, ${info.cores} cores, Node ${info.node}, load ${(info.loadavg as number[]).join(' ')}\n`);
  const sections: Record<string, Section> = {};
  for (const name of options.only) {
    const section = await SECTIONS[name](options);
    sections[name] = section;
    console.log(renderSection(section) + '\n');
  }
  const dir = path.resolve(__dirname, '..', 'bench-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  const json = { started: started.toISOString(), quick: options.quick, machine: info, sections };
  fs.writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(json, null, 2) + '\n');
  console.log(`figures written to ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
