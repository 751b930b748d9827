/** Headless Debian chromium for the site's browser tests, offline: requests that leave file:// are aborted and recorded. */
import { existsSync, rmSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser tests skip: chromium is missing (locally only; CI must install it). */
export const missingChromium = !existsSync(CHROMIUM) && !process.env.CI && `${CHROMIUM} is missing (apt-get install chromium)`;

/** A browser and a context whose requests outside `file:` are aborted and pushed to `external`. */
export async function launchOffline(external: string[]): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const context = await browser.newContext({ acceptDownloads: false });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  return { browser, context };
}

export interface OfflineChromium {
  /** Every request that tried to leave the site, in order. */
  external: string[];
  context: BrowserContext;
}

/**
 * Launch chromium before the file's tests (with `initScript` in every document) and close it,
 * removing `work`, after them.
 */
export function useOfflineChromium(work: string, initScript?: string): OfflineChromium {
  const state = { external: [] as string[] } as OfflineChromium;
  let browser: Browser | undefined;
  before(async () => {
    if (missingChromium) return;
    ({ browser, context: state.context } = await launchOffline(state.external));
    if (initScript) await state.context.addInitScript(initScript);
  });
  after(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });
  return state;
}
