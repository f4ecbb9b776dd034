// A credential request as people do it: a hospital clerk fills the form (Thai validation as they
// type), uploads the signed PDF with a progress bar and submits; an officer approves in the staff
// console; the requester activates from the e-mailed link and signs in.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, eventually, samplePdf } from '../integration/support/test-stack';
import { axeViolations } from './support/axe';
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

  it('asks for the existing user id only to reuse or cancel one', async () => {
    const page = session.page;
    expect(await page.isHidden('#userId')).toBe(true);
    await page.selectOption('#purpose', 'reuse');
    expect(await page.isVisible('#userId')).toBe(true);
    // sent as it is: the summary takes the focus and links each field in error, the user id among them
    await page.focus('#credential-form button[type=submit]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('credential-errors');
    const summary = (await page.textContent('#credential-errors'))!;
    expect(summary).toContain('กรุณาระบุรหัสผู้ใช้เดิม');
    expect(summary).toContain('หลักตรวจสอบไม่ตรง');
    expect(await axeViolations(page)).toEqual([]);
    await page.selectOption('#purpose', 'new');
    expect(await page.isHidden('#userId')).toBe(true);
  });

  it('creates the draft, then offers the pre-filled form to download, sign and upload', async () => {
    const page = session.page;
    await page.fill('#nationalId', '๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘');
    await page.fill('#title', 'นาง');
    await page.fill('#firstNameTh', 'สมศรี');
    await page.fill('#lastNameTh', 'รักงาน');
    await page.fill('#firstNameEn', 'Somsri');
    await page.fill('#lastNameEn', 'Rakngan');
    await page.fill('#position', 'เจ้าหน้าที่การเงิน');
    // the hospital by name, chosen with the keyboard; the network hospital by its code
    await page.focus('#hospitalCode');
    await page.keyboard.type('ศรีนคร');
    await page.waitForSelector('#hospitalCode-listbox [role=option]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.fill('#networkHospitalCode', '1000102');
    await page.fill('#phone', '02-956-2345');
    await page.fill('#email', email);
    await page.click('#credential-form button[type=submit]');
    await page.waitForSelector('#upload-form');
    requestId = (await page.textContent('#request-id'))!;
    expect(requestId).toMatch(/^CR-/);
    const link = page.locator('#form-to-sign');
    expect(await link.textContent()).toContain('ดาวน์โหลดแบบฟอร์มเพื่อลงนาม');
    expect(await page.textContent('#upload-form .steps')).toContain('ผู้อำนวยการ');
    expect(await axeViolations(page)).toEqual([]);
    // the link serves the PDF (kept in the page once fetched, so it outlives the 30-minute token)
    await expect.poll(() => link.getAttribute('href')).toMatch(/^blob:/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const head = Buffer.concat(chunks).subarray(0, 5).toString('latin1');
    expect(download.suggestedFilename()).toBe(`${requestId}.pdf`);
    expect(head).toBe('%PDF-');
  });

  it('refuses a file that is not a PDF as soon as it is chosen', async () => {
    const page = session.page;
    const notPdf = path.join(path.dirname(pdfPath), 'scan.pdf');
    writeFileSync(notPdf, 'this is a JPEG renamed, not a PDF');
    await page.setInputFiles('#signedForm', notPdf);
    await expect.poll(() => page.textContent('#signedForm-error')).toBe('ไฟล์ไม่ใช่ PDF');
    await page.click('#upload-form button[type=submit]');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('upload-errors');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('uploads the signed PDF with a labelled progress bar, then shows a receipt in Thai', async () => {
    const page = session.page;
    await page.setInputFiles('#signedForm', pdfPath);
    expect(await page.locator('label[for=upload-progress]').count()).toBe(1);
    // record every value the progress bar shows while the file goes to S3
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = []);
      const bar = document.getElementById('upload-progress')!;
      new MutationObserver(() => seen.push(bar.getAttribute('value') ?? '')).observe(bar, { attributes: true, attributeFilter: ['value'] });
    });
    await page.click('#upload-form button[type=submit]');
    await page.waitForSelector('#receipt');
    expect(await page.isVisible('#upload-form')).toBe(false);
    expect(await page.textContent('#request-status')).toBe('ยื่นแล้ว รอพิจารณา');
    const receipt = (await page.textContent('#receipt'))!;
    expect(receipt).toContain('ยื่นคำขอเรียบร้อยแล้ว');
    expect(receipt).toContain(requestId);
    expect(receipt).not.toMatch(/applicationForm|signedForm|sha256:/);
    expect(await axeViolations(page)).toEqual([]);
    const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(progress.at(-1)).toBe('1');
    // queued with the submission, sent off its path by the table stream's sender
    const ack = await eventually(async () => {
      const found = (await session.stack.mails()).filter((m) => m.destination.to.includes(email));
      return found.length > 0 && found;
    });
    expect(ack).toHaveLength(1);
  });

  it('lets the clerk come back to a draft later, from its status page, to upload the signed form', async () => {
    const page = session.page;
    const draft = await session.stack.call<{ requestId: string }>('POST', '/credential-requests', {
      body: { nationalId: '1101700230708', title: 'นาย', firstNameTh: 'สมชาย', lastNameTh: 'ใจดี', firstNameEn: 'Somchai', lastNameEn: 'Jaidee', position: 'เจ้าหน้าที่', hospitalCode: '1000001', purpose: 'new', phone: '0812345678', email: 'later.e2e@hospital.example' },
    });
    expect(draft.status).toBe(201);
    await page.goto(`${session.stack.siteUrl}/#/credentials/${draft.body.requestId}`);
    await page.click(`a[href="#/hospital/credentials/${draft.body.requestId}/upload"]`);
    await page.waitForSelector('#upload-form');
    expect(await page.textContent('#request-id')).toBe(draft.body.requestId);
    await page.setInputFiles('#signedForm', pdfPath);
    await page.click('#upload-form button[type=submit]');
    await page.waitForSelector('#receipt');
    expect(await page.textContent('#request-status')).toBe('ยื่นแล้ว รอพิจารณา');
  });

  it('is approved by an officer in the staff console', async () => {
    const officer = await session.browser.newPage();
    await officer.goto(`${session.stack.siteUrl}/#/login?next=%23%2Fstaff%2Fcredentials`);
    await officer.fill('#userId', 'demo-credentials-officer');
    await officer.fill('#password', DEMO_PASSWORD);
    await officer.click('button[type=submit]');
    await officer.waitForSelector('#credential-queue');
    // hospitals by name, not bare codes
    expect(await officer.textContent('#credential-queue')).toContain('โรงพยาบาลตัวอย่างศรีนคร');
    await officer.click(`text=${requestId}`);
    await officer.waitForSelector('#approve');
    expect(await officer.getAttribute('#signed-form', 'href')).toContain('X-Amz-Signature');
    await officer.click('#approve');
    await officer.waitForSelector('#confirm-dialog');
    expect(await officer.textContent('#confirm-text')).toContain(email);
    await officer.click('#confirm-yes');
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
