// The public complaint form and tracking page in a real browser, and the office's queue.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../integration/support/test-stack';
import { useSiteInBrowser } from './support/browser';

const session = useSiteInBrowser();

describe('a complaint from the public', () => {
  let trackingCode = '';

  it('shows Thai errors for missing fields, then files the complaint and shows its tracking code', async () => {
    await session.page.goto(`${session.stack.siteUrl}/#/complaints/new`);
    await session.page.click('#complaint-form button[type=submit]');
    await expect.poll(() => session.page.textContent('#description-error')).toBe('กรุณากรอกข้อมูลช่องนี้');
    await session.page.fill('#hospitalCode', '1000002');
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
    const officer = await session.browser.newPage();
    await officer.goto(`${session.stack.siteUrl}/#/login?next=%23%2Fstaff%2Fcomplaints`);
    await officer.fill('#userId', 'demo-area-office');
    await officer.fill('#password', DEMO_PASSWORD);
    await officer.click('button[type=submit]');
    await officer.waitForSelector('#complaint-queue');
    const row = officer.locator('#complaint-queue tr', { hasText: trackingCode });
    expect(await row.textContent()).toContain('อีก');
    await row.locator('a').click();
    await officer.waitForSelector('#sla');
    await officer.click('#action-acknowledge');
    await expect.poll(async () => (await officer.textContent('#timeline')) ?? '').toContain('ติดต่อผู้ร้องแล้ว');
    await officer.screenshot({ path: 'test-results/case.png', fullPage: true });
    await officer.close();
  });
});
