// Debian's Chromium driven by playwright-core (no browser is ever downloaded), plus a built site
// served by the local stack.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestStack, type TestStack } from '../../integration/support/test-stack';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function buildSite(): Promise<string> {
  await build({ root: 'site', configFile: 'site/vite.config.ts', logLevel: 'silent' });
  return `${process.cwd()}/site/dist`;
}

export interface SiteSession {
  stack: TestStack;
  browser: Browser;
  page: Page;
}

/** Builds the site, starts a local stack serving it and a browser with one page, for one test file. */
export function useSiteInBrowser(): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    const siteDir = await buildSite();
    session.stack = await startTestStack({ siteDir });
    session.browser = await launchChromium();
    session.page = await session.browser.newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.stack?.stop();
  });
  return session;
}
