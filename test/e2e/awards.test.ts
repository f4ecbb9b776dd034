// A hospital applies for the award in a real browser: the programme with its deadline in the
// Buddhist Era, both PDFs uploaded with a progress bar each, submitted, receipt shown; an awards
// officer attaches the scans of an e-mailed entry.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, samplePdf } from '../integration/support/test-stack';
import { useSiteInBrowser } from './support/browser';

const session = useSiteInBrowser();
const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-award-'));

beforeAll(async () => {
  writeFileSync(path.join(dir, 'application.pdf'), samplePdf(2_000_000, 'application'));
  writeFileSync(path.join(dir, 'self-assessment.pdf'), samplePdf(3_000_000, 'self-assessment'));
});

describe('applying for the Hospital of the Heart award', () => {
  it('shows the programme with its deadline in the Buddhist Era and a countdown', async () => {
    await session.page.goto(`${session.stack.siteUrl}/#/login?next=%23%2Fhospital%2Fawards%2F2570`);
    await session.page.fill('#userId', 'demo-hospital');
    await session.page.fill('#password', DEMO_PASSWORD);
    await session.page.click('button[type=submit]');
    await session.page.waitForSelector('#award-form');
    expect(await session.page.textContent('#deadline')).toBe('10 กรกฎาคม 2570');
    expect(await session.page.textContent('#countdown')).toMatch(/^เหลือเวลาอีก \d+ วัน/);
  });

  it('uploads both PDFs with a progress bar each, submits, and shows the receipt', async () => {
    await session.page.setInputFiles('#applicationForm', path.join(dir, 'application.pdf'));
    await session.page.setInputFiles('#selfAssessment', path.join(dir, 'self-assessment.pdf'));
    // record every value each progress bar shows while its file goes to S3
    await session.page.evaluate(() => {
      const seen: Record<string, string[]> = ((window as unknown as { bars: Record<string, string[]> }).bars = {});
      for (const id of ['progress-applicationForm', 'progress-selfAssessment']) {
        const bar = document.getElementById(id)!;
        seen[id] = [];
        new MutationObserver(() => seen[id]!.push(bar.getAttribute('value') ?? '')).observe(bar, { attributes: true });
      }
    });
    await session.page.click('#award-form button[type=submit]');
    await session.page.waitForSelector('#receipt');
    const bars = await session.page.evaluate(() => (window as unknown as { bars: Record<string, string[]> }).bars);
    expect(bars['progress-applicationForm']!.at(-1)).toBe('1');
    expect(bars['progress-selfAssessment']!.at(-1)).toBe('1');
    await expect.poll(() => session.page.textContent('#submission-status')).toBe('ได้รับแล้ว ทันกำหนด');
    const receipt = await session.page.textContent('#receipt');
    expect(receipt).toMatch(/SHA-256 [0-9a-f]{64}/);
    // the receipt is queued with the entry and sent by the table's stream just after the answer
    const receiptSent = async () => (await session.stack.mails()).some((m) => m.destination.to.includes('h1000001@hospital.example') && m.subject.includes('ใบรับใบสมัคร'));
    await expect.poll(receiptSent).toBe(true);
    await session.page.screenshot({ path: 'test-results/award.png', fullPage: true });
  });
});

describe('attaching the scans of an e-mailed entry', () => {
  it('lets an awards officer attach a PDF per missing document, after which the entry shows complete', async () => {
    const officer = await session.stack.login('demo-awards-officer');
    const recorded = await session.stack.call('POST', '/award-programmes/2570/email-submissions', { token: officer, body: { hospitalCode: '5000002', emailReceivedAt: '2026-11-20T10:00:00+07:00' } });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const page = await session.browser.newPage();
    await page.goto(`${session.stack.siteUrl}/#/login?next=%23%2Fstaff%2Fawards%2F2570`);
    await page.fill('#userId', 'demo-awards-officer');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    const form = '#scan-form-AW-2570-5000002';
    await page.waitForSelector(form);
    expect(await page.textContent('label[for="scan-AW-2570-5000002-applicationForm"]')).toContain('สแกนใบสมัคร');
    expect(await page.textContent('label[for="scan-AW-2570-5000002-selfAssessment"]')).toContain('สแกนแบบประเมินตนเอง');
    await page.setInputFiles('#scan-AW-2570-5000002-applicationForm', path.join(dir, 'application.pdf'));
    await page.setInputFiles('#scan-AW-2570-5000002-selfAssessment', path.join(dir, 'self-assessment.pdf'));
    await page.click(`${form} button[type=submit]`);
    // the page is drawn again: the entry is complete, its form gone, a link per document instead
    await page.waitForSelector(form, { state: 'detached', timeout: 20_000 });
    const row = await page.textContent('#award-submissions tr:has-text("5000002")');
    expect(row).not.toContain('เอกสารไม่ครบ');
    expect(row).toContain('ใบสมัคร (PDF)');
    expect(row).toContain('แบบประเมินตนเอง (PDF)');
    await page.close();
  }, 60_000);
});
