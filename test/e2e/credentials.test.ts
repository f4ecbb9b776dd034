// A credential request as people do it: a hospital clerk fills the form (Thai validation as they
// type), uploads the signed PDF with a progress bar and submits; an officer approves in the staff
// console; the requester activates from the e-mailed link and signs in.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, samplePdf } from '../integration/support/test-stack';
import { useSiteInBrowser } from './support/browser';

const session = useSiteInBrowser();
let pdfPath: string;

beforeAll(async () => {
  pdfPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'e2e-')), 'signed-form.pdf');
  writeFileSync(pdfPath, samplePdf(300_000, 'e2e signed form'));
});

describe('requesting an entitlement-check user id', () => {
  let requestId = '';
  const email = 'clerk.e2e@hospital.example';

  it('validates fields in Thai as the clerk types', async () => {
    await session.page.goto(`${session.stack.siteUrl}/#/hospital/credentials/new`);
    await session.page.fill('#nationalId', '1101700230705');
    await session.page.locator('#nationalId').blur();
    await expect.poll(() => session.page.textContent('#nationalId-error')).toContain('หลักตรวจสอบไม่ตรง');
    await session.page.fill('#email', 'clerk@yahoo.co.th');
    await session.page.locator('#email').blur();
    await expect.poll(() => session.page.textContent('#email-error')).toContain('Yahoo');
  });

  it('submits the form with the signed PDF, showing upload progress', async () => {
    await session.page.fill('#nationalId', '๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘');
    await session.page.fill('#title', 'นาง');
    await session.page.fill('#firstNameTh', 'สมศรี');
    await session.page.fill('#lastNameTh', 'รักงาน');
    await session.page.fill('#firstNameEn', 'Somsri');
    await session.page.fill('#lastNameEn', 'Rakngan');
    await session.page.fill('#position', 'เจ้าหน้าที่การเงิน');
    await session.page.fill('#hospitalCode', '1000001');
    await session.page.fill('#networkHospitalCode', '1000102');
    await session.page.fill('#phone', '02-956-2345');
    await session.page.fill('#email', email);
    await session.page.setInputFiles('#signedForm', pdfPath);
    // record every value the progress bar shows while the file goes to S3
    await session.page.evaluate(() => {
      const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = []);
      const bar = document.getElementById('upload-progress')!;
      new MutationObserver(() => seen.push(bar.getAttribute('value') ?? '')).observe(bar, { attributes: true, attributeFilter: ['value', 'hidden'] });
    });
    await session.page.click('#credential-form button[type=submit]');
    await session.page.waitForURL(/#\/credentials\/CR-/);
    requestId = (await session.page.textContent('#request-id'))!;
    expect(await session.page.textContent('#request-status')).toBe('ยื่นแล้ว รอพิจารณา');
    const progress = await session.page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(progress.at(-1)).toBe('1');
    const ack = (await session.stack.mails()).filter((m) => m.destination.to.includes(email));
    expect(ack).toHaveLength(1);
  });

  it('is approved by an officer in the staff console', async () => {
    const officer = await session.browser.newPage();
    await officer.goto(`${session.stack.siteUrl}/#/login?next=%23%2Fstaff%2Fcredentials`);
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
    const mail = (await session.stack.mails()).find((m) => m.destination.to.includes(email) && m.subject.includes('อนุมัติ'))!;
    expect(mail.destination).toEqual({ to: [email], cc: [], bcc: [] });
    const link = /(http:\/\/\S+#\/activate\?token=[\w-]+)/.exec(mail.body.text!)![1]!;
    const userId = /H1000102-[2-9A-Z]{4}/.exec(mail.body.text!)![0];
    await session.page.goto(link);
    await session.page.fill('#password', 'รหัสใหม่ 2569 ok');
    await session.page.fill('#confirm', 'รหัสใหม่ 2569 ok');
    await session.page.click('button[type=submit]');
    await expect.poll(() => session.page.textContent('#activate-result')).toContain(userId);
    await session.page.click('#activate-result a');
    await session.page.fill('#userId', userId);
    await session.page.fill('#password', 'รหัสใหม่ 2569 ok');
    await session.page.click('button[type=submit]');
    await expect.poll(() => session.page.textContent('#who')).toContain(userId);
  });
});
