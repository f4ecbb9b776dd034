// The site shell in a real browser: Thai first with the self-hosted Sarabun font, the English
// switch, Buddhist Era dates, the three entrances, and signing in.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../integration/support/test-stack';
import { useSiteInBrowser } from './support/browser';

const session = useSiteInBrowser();

describe('the site shell', () => {
  it('opens in Thai with the Sarabun font and the three entrances', async () => {
    await session.page.goto(`${session.stack.siteUrl}/`);
    await expect.poll(() => session.page.locator('h1').textContent()).toBe('บริการออนไลน์สำหรับสถานพยาบาลและผู้ประกันตน');
    expect(await session.page.getAttribute('html', 'lang')).toBe('th');
    await session.page.evaluate(() => document.fonts.ready);
    expect(await session.page.evaluate(() => document.fonts.check('16px Sarabun', 'สวัสดี'))).toBe(true);
    for (const id of ['entrance-hospital', 'entrance-public', 'entrance-staff']) expect(await session.page.isVisible(`#${id}`)).toBe(true);
    // today's date in the footer is in the Buddhist Era
    const beYear = String(new Date().getUTCFullYear() + 543);
    expect(await session.page.textContent('#today')).toContain(beYear);
    await session.page.screenshot({ path: 'test-results/home-th.png', fullPage: true });
  });

  it('switches to English and back', async () => {
    await session.page.click('#lang');
    await expect.poll(() => session.page.locator('h1').textContent()).toBe('Online services for hospitals and insured persons');
    expect(await session.page.getAttribute('html', 'lang')).toBe('en');
    await session.page.click('#lang');
    await expect.poll(() => session.page.locator('h1').textContent()).toBe('บริการออนไลน์สำหรับสถานพยาบาลและผู้ประกันตน');
  });

  it('shows a Thai error for a wrong password, then signs in to the staff console', async () => {
    await session.page.goto(`${session.stack.siteUrl}/#/login?next=%23%2Fstaff`);
    await session.page.fill('#userId', 'demo-admin');
    await session.page.fill('#password', 'wrong password');
    await session.page.click('button[type=submit]');
    // a password check takes a while on a busy machine
    await expect.poll(() => session.page.locator('#login-errors li').allTextContents(), { timeout: 15_000 }).toEqual(['รหัสผู้ใช้หรือรหัสผ่านไม่ถูกต้อง']);
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('login-errors');
    await session.page.fill('#password', DEMO_PASSWORD);
    await session.page.click('button[type=submit]');
    await expect.poll(() => session.page.textContent('#who'), { timeout: 15_000 }).toContain('demo-admin');
    await expect.poll(() => session.page.locator('h1').textContent()).toBe('ระบบงานเจ้าหน้าที่');
    await session.page.screenshot({ path: 'test-results/staff.png', fullPage: true });
  });

  it('sends the strict Content-Security-Policy with the page', async () => {
    const res = await fetch(`${session.stack.siteUrl}/`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
