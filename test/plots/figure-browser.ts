/**
 * Headless Chromium and a scratch folder for the figure tests that open a figure's HTML from file://
 * (sliders, the optimizer race): launched before the file's tests, closed and removed after them.
 */
import { after, before } from 'node:test';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';

export interface FigureBrowser {
  browser: Browser;
  /** A fresh folder for the pages the tests write. */
  dir: string;
}

export function useFigureBrowser(prefix: string): FigureBrowser {
  const state = {} as FigureBrowser;
  before(async () => {
    state.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), `losslab-${prefix}-`));
  });
  after(async () => {
    await state.browser?.close();
    if (state.dir) fs.rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}
