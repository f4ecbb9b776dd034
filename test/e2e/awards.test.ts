// A hospital applies for the award in a real browser: the programme with its deadline in the
// Buddhist Era, both PDFs uploaded with a progress bar each, submitted, receipt shown.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, samplePdf, startTestStack, type TestStack } from '../integration/support/test-stack';
import { buildSite, launchChromium } from './support/browser';

let stack: TestStack;
let browser: Browser;
let page: Page;
const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-award-'));

beforeAll(async () => {
  const siteDir = await buildSite();
  stack = await startTestStack({ siteDir });
  browser = await launchChromium();
  page = await browser.newPage();
  writeFileSync(path.join(dir, 'application.pdf'), samplePdf(2_000_000, 'application'));
  writeFileSync(path.join(dir, 'self-assessment.pdf'), samplePdf(3_000_000, 'self-assessment'));
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('applying for the Hospital of the Heart award', () => {
  it('shows the programme with its deadline in the Buddhist Era and a countdown', async () => {
    await page.goto(`${stack.siteUrl}/#/login?next=%23%2Fhospital%2Fawards%2F2570`);
    await page.fill('#userId', 'demo-hospital');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('#award-form');
    expect(await page.textContent('#deadline')).toBe('10 กรกฎาคม 2570');
    expect(await page.textContent('#countdown')).toMatch(/^เหลือเวลาอีก \d+ วัน/);
  });

  it('uploads both PDFs with a progress bar each, submits, and shows the receipt', async () => {
    await page.setInputFiles('#applicationForm', path.join(dir, 'application.pdf'));
    await page.setInputFiles('#selfAssessment', path.join(dir, 'self-assessment.pdf'));
    // record every value each progress bar shows while its file goes to S3
    await page.evaluate(() => {
      const seen: Record<string, string[]> = ((window as unknown as { bars: Record<string, string[]> }).bars = {});
      for (const id of ['progress-applicationForm', 'progress-selfAssessment']) {
        const bar = document.getElementById(id)!;
        seen[id] = [];
        new MutationObserver(() => seen[id]!.push(bar.getAttribute('value') ?? '')).observe(bar, { attributes: true });
      }
    });
    await page.click('#award-form button[type=submit]');
    await page.waitForSelector('#receipt');
    const bars = await page.evaluate(() => (window as unknown as { bars: Record<string, string[]> }).bars);
    expect(bars['progress-applicationForm']!.at(-1)).toBe('1');
    expect(bars['progress-selfAssessment']!.at(-1)).toBe('1');
    await expect.poll(() => page.textContent('#submission-status')).toBe('ได้รับแล้ว ทันกำหนด');
    const receipt = await page.textContent('#receipt');
    expect(receipt).toMatch(/SHA-256 [0-9a-f]{64}/);
    const mails = (await stack.mails()).filter((m) => m.destination.to.includes('h1000001@hospital.example'));
    expect(mails.some((m) => m.subject.includes('ใบรับใบสมัคร'))).toBe(true);
    await page.screenshot({ path: 'test-results/award.png', fullPage: true });
  });
});
