// Debian's Chromium driven by playwright-core (no browser is ever downloaded), plus a built site
// served by the local stack.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

/**
 * Builds the site into a folder of its own: test files (and people) running side by side must not
 * empty each other's site/dist while a browser is loading from it.
 */
export async function buildSite(): Promise<string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'sso-site-'));
  await build({ root: 'site', configFile: 'site/vite.config.ts', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export interface SiteSession {
  stack: TestStack;
  browser: Browser;
  page: Page;
  /** The built site this file's stack serves. */
  siteDir?: string;
}

/** Builds the site, starts a local stack serving it and a browser with one page, for one test file. */
export function useSiteInBrowser(): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    session.siteDir = await buildSite();
    session.stack = await startTestStack({ siteDir: session.siteDir });
    session.browser = await launchChromium();
    session.page = await session.browser.newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.stack?.stop();
    if (session.siteDir) rmSync(session.siteDir, { recursive: true, force: true });
  });
  return session;
}
