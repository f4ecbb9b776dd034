// Debian's Chromium driven by playwright-core (no browser is ever downloaded), plus a built site
// served by the local stack.
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { build } from 'vite';

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
