// The site on a phone: the JavaScript each public page loads first (gzipped, from the production
// build), Lighthouse's mobile run (simulated slow 4G and a 4× slower CPU) on the public pages, and
// the layout shift measured directly in Chromium (PerformanceObserver) on a throttled network.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { CHROMIUM, launchChromium } from '../test/e2e/support/browser';
import type { Benchmark, Figure } from './support/benchmark';
import { startBenchStack } from './support/stack';
import { kb, table } from './support/stats';

const JS_TARGET_BYTES = 60 * 1024;
const CLS_TARGET = 0.1;
const LIGHTHOUSE_TARGET = 95;
/** Issue 16: the largest content painted within 1.8 s on Lighthouse's mobile profile, every public page. */
const LCP_TARGET_MS = 1800;
/** The pages anyone reaches without signing in; the hash is the route. */
const PAGES = ['/', '/#/complaints/new', '/#/complaints/track', '/#/awards', '/#/login', '/#/hospital'];
/** Slow 4G as Lighthouse simulates it: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

interface PageFigures {
  page: string;
  jsGz: number;
  jsFiles: number;
  cls?: number;
  lighthouse?: { performance: number; accessibility: number; cls: number; lcp: number; tbt: number };
}

/** The gzipped size of each script the page loads (read from the build, compressed as a CDN would). */
async function scriptsOf(siteUrl: string, dist: string, pages: string[]): Promise<Map<string, { bytes: number; files: number; cls: number }>> {
  const browser = await launchChromium();
  const out = new Map<string, { bytes: number; files: number; cls: number }>();
  try {
    for (const p of pages) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // every layout shift not caused by input, from the very first paint
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) w.__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const scripts = new Set<string>();
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
      });
      await page.goto(`${siteUrl}${p}`, { waitUntil: 'networkidle' });
      await page.waitForSelector('main:not([aria-busy]) h1');
      await page.waitForTimeout(1000);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      const bytes = [...scripts].reduce((n, s) => n + gzipSync(readFileSync(path.join(dist, s))).length, 0);
      out.set(p, { bytes, files: scripts.size, cls });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

async function lighthouseRuns(siteUrl: string, pages: string[], log: (line: string) => void): Promise<Map<string, NonNullable<PageFigures['lighthouse']>>> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const out = new Map<string, NonNullable<PageFigures['lighthouse']>>();
  try {
    for (const p of pages) {
      // the default configuration is Lighthouse's mobile one: a Moto G class phone on slow 4G
      const result = await lighthouse(`${siteUrl}${p}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${p}`);
      const { categories, audits } = result.lhr;
      const figures = {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? NaN,
      };
      log(`  lighthouse ${p}: performance ${figures.performance}, accessibility ${figures.accessibility}, CLS ${figures.cls.toFixed(3)}, LCP ${Math.round(figures.lcp)} ms`);
      out.set(p, figures);
    }
  } finally {
    chrome.kill();
  }
  return out;
}

export const site: Benchmark = {
  name: 'site',
  title: 'The site on a phone',
  async run(log) {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'sso-site-'));
    const stack = await (async () => {
      await build({ root: 'site', configFile: 'site/vite.config.ts', logLevel: 'silent', build: { outDir: dist, emptyOutDir: true } });
      return startBenchStack({ siteDir: dist });
    })();
    try {
      const loaded = await scriptsOf(stack.siteUrl, dist, PAGES);
      let lighthouseError: string | undefined;
      let lh = new Map<string, NonNullable<PageFigures['lighthouse']>>();
      try {
        lh = await lighthouseRuns(stack.siteUrl, PAGES, log);
      } catch (err) {
        lighthouseError = err instanceof Error ? err.message : String(err);
        log(`  Lighthouse could not run: ${lighthouseError}`);
      }
      const rows: PageFigures[] = PAGES.map((p) => ({ page: p, jsGz: loaded.get(p)!.bytes, jsFiles: loaded.get(p)!.files, cls: loaded.get(p)!.cls, ...(lh.get(p) ? { lighthouse: lh.get(p)! } : {}) }));
      const worst = <T>(pick: (r: PageFigures) => T | undefined, cmp: (a: T, b: T) => number) => rows.map(pick).filter((v): v is T => v !== undefined).sort(cmp)[0];
      const maxJs = worst((r) => r.jsGz, (a, b) => b - a) ?? 0;
      const maxCls = worst((r) => r.cls, (a, b) => b - a) ?? 0;
      const figures: Figure[] = [
        { figure: 'JavaScript a public page loads first, gzipped (largest of the public pages)', value: kb(maxJs), target: `≤ ${kb(JS_TARGET_BYTES)}`, met: maxJs <= JS_TARGET_BYTES },
        { figure: 'layout shift on a phone, slow 4G, 4× CPU (PerformanceObserver, worst page)', value: maxCls.toFixed(3), target: `≤ ${CLS_TARGET}`, met: maxCls <= CLS_TARGET },
      ];
      if (lh.size) {
        const minA11y = worst((r) => r.lighthouse?.accessibility, (a, b) => a - b)!;
        const minPerf = worst((r) => r.lighthouse?.performance, (a, b) => a - b)!;
        const maxLhCls = worst((r) => r.lighthouse?.cls, (a, b) => b - a)!;
        const maxLcp = worst((r) => r.lighthouse?.lcp, (a, b) => b - a)!;
        figures.push(
          { figure: 'Lighthouse mobile accessibility score (lowest page)', value: String(minA11y), target: '100', met: minA11y === 100 },
          { figure: 'Lighthouse mobile performance score (lowest page)', value: String(minPerf), target: `≥ ${LIGHTHOUSE_TARGET}`, met: minPerf >= LIGHTHOUSE_TARGET, absolute: `largest CLS ${maxLhCls.toFixed(3)}` },
          { figure: 'Lighthouse mobile largest contentful paint (slowest page)', value: `${(maxLcp / 1000).toFixed(2)} s`, target: `≤ ${(LCP_TARGET_MS / 1000).toFixed(1)} s`, met: maxLcp <= LCP_TARGET_MS },
        );
      }
      const details = [
        'The production build (`vite build`) served by the local stack on 127.0.0.1. Scripts are counted as the browser requested them on a cold load of each page, each gzipped from the build; the local server gzips text as CloudFront does, so Lighthouse downloads what a phone would.',
        'The layout shift sum is every `layout-shift` entry without recent input, observed from the first paint of a 390×844 phone (device scale 3) on a 150 ms / 1.6 Mbit/s network with the CPU slowed 4×, one second after the network went quiet.',
        lh.size ? "Lighthouse runs its default mobile configuration (simulated slow 4G, 4× CPU) against Debian's Chromium, headless, with performance and accessibility only." : `Lighthouse did not run here: ${lighthouseError ?? 'unknown error'}; the PerformanceObserver figures stand in for it.`,
        '',
        table(
          ['page', 'JS gz (files)', 'CLS (observer)', 'Lighthouse perf', 'Lighthouse a11y', 'LH CLS', 'LH LCP', 'LH TBT'],
          rows.map((r) => [
            `\`${r.page}\``,
            `${kb(r.jsGz)} (${r.jsFiles})`,
            (r.cls ?? NaN).toFixed(3),
            r.lighthouse?.performance ?? '–',
            r.lighthouse?.accessibility ?? '–',
            r.lighthouse ? r.lighthouse.cls.toFixed(3) : '–',
            r.lighthouse ? `${(r.lighthouse.lcp / 1000).toFixed(2)} s` : '–',
            r.lighthouse ? `${Math.round(r.lighthouse.tbt)} ms` : '–',
          ]),
        ),
      ].join('\n');
      const findings = figures.filter((f) => f.met === false).map((f) => `${f.figure}: ${f.value}, target ${f.target}.`);
      return { figures, details, findings };
    } finally {
      await stack.stop();
      rmSync(dist, { recursive: true, force: true });
    }
  },
};
