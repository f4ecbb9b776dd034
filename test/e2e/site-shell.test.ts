// The site shell in a real browser: Thai first with the self-hosted Sarabun font, the English
// switch, Buddhist Era dates, the three entrances, and signing in.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestStack, type TestStack } from '../integration/support/test-stack';
import { buildSite, launchChromium } from './support/browser';

let stack: TestStack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const siteDir = await buildSite();
  stack = await startTestStack({ siteDir });
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the site shell', () => {
  it('opens in Thai with the Sarabun font and the three entrances', async () => {
    await page.goto(`${stack.siteUrl}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('บริการออนไลน์สำหรับสถานพยาบาลและผู้ประกันตน');
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px Sarabun', 'สวัสดี'))).toBe(true);
    for (const id of ['entrance-hospital', 'entrance-public', 'entrance-staff']) expect(await page.isVisible(`#${id}`)).toBe(true);
    // today's date in the footer is in the Buddhist Era
    const beYear = String(new Date().getUTCFullYear() + 543);
    expect(await page.textContent('#today')).toContain(beYear);
    await page.screenshot({ path: 'test-results/home-th.png', fullPage: true });
  });

  it('switches to English and back', async () => {
    await page.click('#lang');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Online services for hospitals and insured persons');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('#lang');
    await expect.poll(() => page.locator('h1').textContent()).toBe('บริการออนไลน์สำหรับสถานพยาบาลและผู้ประกันตน');
  });

  it('shows a Thai error for a wrong password, then signs in to the staff console', async () => {
    await page.goto(`${stack.siteUrl}/#/login?next=%23%2Fstaff`);
    await page.fill('#userId', 'demo-admin');
    await page.fill('#password', 'wrong password');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#login-error')).toBe('รหัสผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#who')).toContain('demo-admin');
    await expect.poll(() => page.locator('h1').textContent()).toBe('ระบบงานเจ้าหน้าที่');
    await page.screenshot({ path: 'test-results/staff.png', fullPage: true });
  });

  it('sends the strict Content-Security-Policy with the page', async () => {
    const res = await fetch(`${stack.siteUrl}/`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
