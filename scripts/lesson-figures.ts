/**
 * Render the lessons' figures to static SVG in lessons/figures/, from the library.
 *
 *   npx tsx scripts/lesson-figures.ts            # (re)draw the figures whose library output changed
 *   npx tsx scripts/lesson-figures.ts --all      # redraw every figure
 *   npx tsx scripts/lesson-figures.ts 02 09      # only the figures of these lessons
 *
 * Each SVG's first line records the hash of the figure it was drawn from; test/lessons/figures.test.ts
 * fails, naming this command, when a figure's hash no longer matches (the library changed it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { FIGURES_DIR, LESSON_FIGURES, figureHash, recordedHash, rounded, sizeOf, svgHeader } from './lesson-figures/catalogue';
import { SvgRenderer } from './lesson-figures/render';
import { FIGURE_BACKEND } from './lesson-figures/catalogue';
import { setup } from '../src';

async function main(args: string[]): Promise<void> {
  const all = args.includes('--all');
  const lessons = args.filter((a) => /^\d\d$/.test(a));
  const root = join(__dirname, '..');
  mkdirSync(join(root, FIGURES_DIR), { recursive: true });
  await setup({ backend: FIGURE_BACKEND, verbose: false });
  const renderer = await SvgRenderer.open();
  try {
    for (const entry of LESSON_FIGURES) {
      if (lessons.length > 0 && !lessons.includes(entry.lesson.slice(0, 2))) continue;
      const [width, height] = sizeOf(entry);
      const figure = entry.build();
      const hash = figureHash(figure, width, height);
      const file = join(root, FIGURES_DIR, entry.file);
      if (!all && existsSync(file) && recordedHash(readFileSync(file, 'utf8')) === hash) continue;
      const svg = await renderer.svg(rounded(figure), width, height);
      writeFileSync(file, `${svgHeader(hash)}\n${svg}\n`);
      console.log(`lesson-figures: wrote ${FIGURES_DIR}/${entry.file} (${(svg.length / 1024).toFixed(0)} KiB)`);
    }
  } finally {
    await renderer.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
