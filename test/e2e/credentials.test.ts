// A credential request as people do it: a hospital clerk fills the form (Thai validation as they
// type), uploads the signed PDF with a progress bar and submits; an officer approves in the staff
// console; the requester activates from the e-mailed link and signs in.
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
let pdfPath: string;

beforeAll(async () => {
  const siteDir = await buildSite();
  stack = await startTestStack({ siteDir });
  browser = await launchChromium();
  page = await browser.newPage();
  pdfPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'e2e-')), 'signed-form.pdf');
  writeFileSync(pdfPath, samplePdf(300_000, 'e2e signed form'));
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('requesting an entitlement-check user id', () => {
  let requestId = '';
  const email = 'clerk.e2e@hospital.example';

  it('validates fields in Thai as the clerk types', async () => {
    await page.goto(`${stack.siteUrl}/#/hospital/credentials/new`);
    await page.fill('#nationalId', '1101700230705');
    await page.locator('#nationalId').blur();
    await expect.poll(() => page.textContent('#nationalId-error')).toContain('หลักตรวจสอบไม่ตรง');
    await page.fill('#email', 'clerk@yahoo.co.th');
    await page.locator('#email').blur();
    await expect.poll(() => page.textContent('#email-error')).toContain('Yahoo');
  });

  it('submits the form with the signed PDF, showing upload progress', async () => {
    await page.fill('#nationalId', '๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘');
    await page.fill('#title', 'นาง');
    await page.fill('#firstNameTh', 'สมศรี');
    await page.fill('#lastNameTh', 'รักงาน');
    await page.fill('#firstNameEn', 'Somsri');
    await page.fill('#lastNameEn', 'Rakngan');
    await page.fill('#position', 'เจ้าหน้าที่การเงิน');
    await page.fill('#hospitalCode', '1000001');
    await page.fill('#networkHospitalCode', '1000102');
    await page.fill('#phone', '02-956-2345');
    await page.fill('#email', email);
    await page.setInputFiles('#signedForm', pdfPath);
    // record every value the progress bar shows while the file goes to S3
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = []);
      const bar = document.getElementById('upload-progress')!;
      new MutationObserver(() => seen.push(bar.getAttribute('value') ?? '')).observe(bar, { attributes: true, attributeFilter: ['value', 'hidden'] });
    });
    await page.click('#credential-form button[type=submit]');
    await page.waitForURL(/#\/credentials\/CR-/);
    requestId = (await page.textContent('#request-id'))!;
    expect(await page.textContent('#request-status')).toBe('ยื่นแล้ว รอพิจารณา');
    const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(progress.at(-1)).toBe('1');
    const ack = (await stack.mails()).filter((m) => m.destination.to.includes(email));
    expect(ack).toHaveLength(1);
  });

  it('is approved by an officer in the staff console', async () => {
    const officer = await browser.newPage();
    await officer.goto(`${stack.siteUrl}/#/login?next=%23%2Fstaff%2Fcredentials`);
    await officer.fill('#userId', 'demo-credentials-officer');
    await officer.fill('#password', DEMO_PASSWORD);
    await officer.click('button[type=submit]');
    await officer.waitForSelector('#credential-queue');
    await officer.click(`text=${requestId}`);
    await officer.waitForSelector('#approve');
    expect(await officer.getAttribute('#signed-form', 'href')).toContain('X-Amz-Signature');
    await officer.click('#approve');
    await expect.poll(() => officer.textContent('#decision-result')).toMatch(/อนุมัติแล้ว — รหัสผู้ใช้ H1000102-/);
    await officer.close();
  });

  it('activates from the e-mailed link and signs in', async () => {
    const mail = (await stack.mails()).find((m) => m.destination.to.includes(email) && m.subject.includes('อนุมัติ'))!;
    expect(mail.destination).toEqual({ to: [email], cc: [], bcc: [] });
    const link = /(http:\/\/\S+#\/activate\?token=[\w-]+)/.exec(mail.body.text!)![1]!;
    const userId = /H1000102-[2-9A-Z]{4}/.exec(mail.body.text!)![0];
    await page.goto(link);
    await page.fill('#password', 'รหัสใหม่ 2569 ok');
    await page.fill('#confirm', 'รหัสใหม่ 2569 ok');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#activate-result')).toContain(userId);
    await page.click('#activate-result a');
    await page.fill('#userId', userId);
    await page.fill('#password', 'รหัสใหม่ 2569 ok');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#who')).toContain(userId);
  });
});
