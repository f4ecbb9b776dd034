// The public complaint form and tracking page in a real browser, and the office's queue.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../integration/support/test-stack';
import { axeViolations } from './support/axe';
import { useSiteInBrowser } from './support/browser';

const session = useSiteInBrowser();

/** A new tab signed in as the demo area office, at its complaint queue. */
async function areaOfficerAtQueue() {
  const officer = await session.browser.newPage();
  await officer.goto(`${session.stack.siteUrl}/#/login?next=%23%2Fstaff%2Fcomplaints`);
  await officer.fill('#userId', 'demo-area-office');
  await officer.fill('#password', DEMO_PASSWORD);
  await officer.click('button[type=submit]');
  await officer.waitForSelector('#complaint-queue');
  return officer;
}

describe('a complaint from the public', () => {
  let trackingCode = '';

  it('after a failed submit, leads the keyboard from an error summary to each field', async () => {
    const page = session.page;
    await page.goto(`${session.stack.siteUrl}/#/complaints/new`);
    await page.focus('#complaint-form button[type=submit]');
    await page.keyboard.press('Enter');
    // the summary takes the focus (read once), lists every missing field, each a link to it
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('complaint-errors');
    const links = await page.locator('#complaint-errors a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['#hospitalCode', '#topic', '#description', '#complainant.name', '#complainant.phone']);
    expect(await page.textContent('#description-error')).toBe('กรุณากรอกข้อมูลช่องนี้');
    expect(await page.getAttribute('#description', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#description', 'aria-describedby')).toContain('description-error');
    expect(await page.getAttribute('#description', 'aria-required')).toBe('true');
    // one live region at most speaks: the field error lines are not live regions
    expect(await page.locator('#complaint-form [aria-live], #complaint-form [role=alert]').count()).toBe(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('topic');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => location.hash)).toBe('#/complaints/new');
  });

  it("puts the API's refusal in the same summary, under the field it names", async () => {
    const page = session.page;
    // a well-formed code no hospital has: only the API can know
    await page.fill('#hospitalCode', '9999999');
    await page.waitForSelector('#topic option[value="extra-charges"]', { state: 'attached' });
    await page.selectOption('#topic', 'extra-charges');
    await page.fill('#description', 'ทดสอบ');
    await page.fill('[id="complainant.name"]', 'ผู้ทดสอบ');
    await page.fill('[id="complainant.phone"]', '081-234-5678');
    await page.focus('#complaint-form button[type=submit]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('complaint-errors');
    const links = await page.locator('#complaint-errors a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['#hospitalCode']);
    expect(await page.getAttribute('#hospitalCode', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#hospitalCode-error')).toBe('ไม่พบรหัสสถานพยาบาลนี้ในทะเบียน');
    await page.fill('#hospitalCode', '');
  });

  it('finds the hospital by typing part of its name, choosing it with the arrow keys', async () => {
    const page = session.page;
    await page.focus('#hospitalCode');
    expect(await page.getAttribute('#hospitalCode', 'role')).toBe('combobox');
    await page.keyboard.type('เจ้าพระยา');
    await page.waitForSelector('#hospitalCode-listbox [role=option]');
    expect(await page.getAttribute('#hospitalCode', 'aria-expanded')).toBe('true');
    await expect.poll(() => page.textContent('#hospitalCode-status')).toMatch(/พบ \d+ แห่ง/);
    const first = await page.textContent('#hospitalCode-option-0');
    expect(first).toContain('กรุงเทพมหานคร'); // the province tells hospitals of one name apart
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#hospitalCode', 'aria-activedescendant')).toBe('hospitalCode-option-0');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#hospitalCode', 'aria-expanded')).toBe('false');
    expect(await page.inputValue('#hospitalCode')).toContain('เจ้าพระยา');
    expect(await page.evaluate(() => location.hash)).toBe('#/complaints/new'); // Enter chose, it did not submit
  });

  it('files the complaint and shows its tracking code', async () => {
    await session.page.waitForSelector('#topic option[value="extra-charges"]', { state: 'attached' });
    await session.page.selectOption('#topic', 'extra-charges');
    await session.page.fill('#description', 'ถูกเรียกเก็บค่ายาเพิ่ม 1,500 บาท ทั้งที่ใช้สิทธิประกันสังคม');
    await session.page.fill('[id="complainant.name"]', 'นางสาวผู้ประกันตน ตัวอย่าง');
    await session.page.fill('[id="complainant.email"]', 'insured.e2e@example.com');
    await session.page.click('#complaint-form button[type=submit]');
    await session.page.waitForSelector('#tracking');
    trackingCode = (await session.page.textContent('#tracking-code'))!;
    expect(trackingCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    expect(await session.page.textContent('#tracking-status')).toBe('กำลังดำเนินการ');
    const text = await session.page.textContent('#tracking');
    expect(text).toContain('สำนักงานประกันสังคมกรุงเทพมหานครพื้นที่ ๑');
    expect(text).not.toContain('ผู้ประกันตน ตัวอย่าง');
    expect(text).toContain('2569'); // Buddhist Era dates
    await session.page.screenshot({ path: 'test-results/tracking.png', fullPage: true });
  });

  it('finds the complaint again from the tracking form', async () => {
    await session.page.goto(`${session.stack.siteUrl}/#/complaints/track`);
    await session.page.fill('#trackingCode', trackingCode.toLowerCase());
    await session.page.click('button[type=submit]');
    await expect.poll(() => session.page.textContent('#tracking-code')).toBe(trackingCode);
  });

  it('appears in the area office queue with its countdown', async () => {
    const officer = await areaOfficerAtQueue();
    const row = officer.locator('#complaint-queue tr', { hasText: trackingCode });
    expect(await row.textContent()).toContain('อีก');
    await row.locator('a').click();
    await officer.waitForSelector('#sla');
    await officer.click('#action-acknowledge');
    await expect.poll(async () => (await officer.textContent('#timeline')) ?? '').toContain('ติดต่อผู้ร้องแล้ว');
    // staff read names, not codes; the page leads with what to do next
    const facts = (await officer.textContent('.facts')) ?? '';
    expect(facts).toContain('โรงพยาบาลตัวอย่างเจ้าพระยา');
    expect(facts).toContain('สำนักงานประกันสังคมกรุงเทพมหานครพื้นที่');
    expect(await officer.textContent('#next-step')).toContain('แจ้งผล');
    await officer.screenshot({ path: 'test-results/case.png', fullPage: true });
  });

  it('closes a case only after saying what will happen', async () => {
    const officer = await areaOfficerAtQueue();
    await officer.locator('#complaint-queue tr', { hasText: trackingCode }).locator('a').click();
    await officer.waitForSelector('#action-close');
    await officer.click('#action-close');
    // no outcome chosen: the summary says so before any dialog
    await expect.poll(() => officer.evaluate(() => document.activeElement?.id)).toBe('action-errors');
    await officer.selectOption('#outcome', 'resolved');
    await officer.click('#action-close');
    await officer.waitForSelector('#confirm-dialog');
    expect(await officer.textContent('#confirm-text')).toContain('เปิดใหม่ไม่ได้');
    expect(await axeViolations(officer)).toEqual([]);
    await officer.keyboard.press('Escape');
    await expect.poll(() => officer.locator('#confirm-dialog').count()).toBe(0);
    expect(await officer.textContent('#timeline')).not.toContain('ยุติเรื่อง');
    await officer.click('#action-close');
    await officer.click('#confirm-yes');
    await expect.poll(async () => (await officer.textContent('#next-step')) ?? '').toContain('ยุติแล้ว');
    await officer.close();
  });

  it('speaks English in English mode: the finder names the province, the summary its problems', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.stack.siteUrl}/#/complaints/new`);
    await page.click('#lang');
    await expect.poll(() => page.textContent('h1')).toBe('Complain about a hospital');
    await page.focus('#hospitalCode');
    await page.keyboard.type('chao phraya');
    await page.waitForSelector('#hospitalCode-listbox [role=option]');
    expect(await page.textContent('#hospitalCode-option-0')).toMatch(/Sample Chao Phraya Hospital.*Bangkok · code 1000002/);
    await expect.poll(() => page.textContent('#hospitalCode-status')).toMatch(/^\d+ found/);
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('#hospitalCode', 'aria-expanded')).toBe('false');
    await page.click('#complaint-form button[type=submit]');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('complaint-errors');
    expect(await page.textContent('#complaint-errors h2')).toBe('There is a problem');
    expect(await page.textContent('#complaint-errors')).toContain('Type part of the name and choose the hospital from the list');
    expect(await page.textContent('label[for=description]')).toContain('(required)');
    await page.close();
  });
});
