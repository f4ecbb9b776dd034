// Going live in the browser: an admin creates a staff account, its owner sets a password from the
// activation mail and signs in; the admin disables it (the open session ends at once) and cannot
// disable the last admin; a forgotten password is reset by mail; the hospital registry is imported
// from a CSV file (a bad line shown by number, then a preview and the real import); the audit trail.
import { expect, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, eventually } from '../integration/support/test-stack';
import { useSiteInBrowser } from './support/browser';

const session = useSiteInBrowser();
/** expect.poll with room for a busy machine (each password hash takes a while). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

const OFFICER = { userId: 'officer.e2e', email: 'officer.e2e@sso.example.go.th', nameTh: 'นางสาวสมใจ ทดสอบ' };
const FIRST_PASSWORD = 'ฝนตกที่บางนา ตอนเย็นวันพุธ';
const RESET_PASSWORD = 'แดดออกที่ภูเก็ต ตอนเช้าวันเสาร์';
const CHANGED_PASSWORD = 'ลมหนาวมาเยือนเชียงใหม่ 2569';

/** The newest link of a kind mailed to an address. */
async function linkMailedTo(address: string, kind: 'activate' | 'reset-password'): Promise<string> {
  return eventually(async () => {
    const mails = (await session.stack.mails()).filter((m) => m.destination.to.includes(address));
    const links = mails.map((m) => new RegExp(`(http://\\S+#/${kind}\\?token=[\\w-]+)`).exec(m.body.text ?? '')?.[1]).filter((l): l is string => !!l);
    return links.at(-1);
  });
}

async function signIn(page: Page, userId: string, password: string, next = '#/staff'): Promise<void> {
  await page.goto(`${session.stack.siteUrl}/#/login?next=${encodeURIComponent(next)}`);
  await page.fill('#userId', userId);
  await page.fill('#password', password);
  await page.click('form button[type=submit]');
  await poll(() => page.textContent('#who')).toContain(userId);
}

let officerPage: Page;

describe('staff accounts', () => {
  it('an admin creates an area-office account: Thai role names, the office asked for only with that role', async () => {
    const { page } = session;
    await signIn(page, 'demo-admin', DEMO_PASSWORD, '#/staff/accounts');
    await page.waitForSelector('#accounts');
    // Thai role names and status badges, never the raw codes
    expect(await page.textContent('#accounts tr[data-user-id="demo-credentials-officer"]')).toContain('เจ้าหน้าที่ออกรหัสผู้ใช้');
    expect(await page.textContent('#accounts tr[data-user-id="demo-admin"]')).toContain('ใช้งานได้');
    // filter by role
    await page.selectOption('#filter-role', 'admin');
    await page.click('#account-filters button[type=submit]');
    await page.waitForURL(/role=admin/);
    await poll(() => page.locator('#accounts tbody tr').count()).toBe(1);

    await page.click('#new-account');
    await page.waitForSelector('#create-account');
    await page.fill('#userId', OFFICER.userId);
    await page.fill('#email', OFFICER.email);
    await page.fill('#nameTh', OFFICER.nameTh);
    expect(await page.isVisible('#officeCode')).toBe(false);
    await page.check('#roles-area-office');
    expect(await page.isVisible('#officeCode')).toBe(true);
    // sent by the keyboard: the office is required with this role; the error summary takes the focus
    // and links to the select, which says it under itself, tied to it
    await page.focus('#nameTh');
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('create-account-errors');
    expect(await page.locator('#create-account-errors li').allTextContents()).toEqual(['บทบาทสำนักงานเขตต้องระบุสำนักงาน']);
    expect(await page.textContent('#officeCode-error')).toBe('บทบาทสำนักงานเขตต้องระบุสำนักงาน');
    expect(await page.getAttribute('#officeCode', 'aria-describedby')).toBe('officeCode-error');
    expect(await page.getAttribute('#officeCode', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#officeCode', 'aria-required')).toBe('true');
    expect(await page.textContent('label[for=officeCode]')).toContain('(จำเป็น)');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#officeCode');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('officeCode');
    expect(page.url()).toContain('#/staff/accounts/new');
    await page.selectOption('#officeCode', 'BKK-01');
    await page.click('#create-account button[type=submit]');
    await page.waitForURL(/#\/staff\/accounts\/officer\.e2e\?created=1/);
    await poll(() => page.textContent('#account-status')).toBe('รอเปิดใช้งาน');
    expect(await page.textContent('#account-result')).toContain('ส่งลิงก์เปิดใช้งาน');
    await page.screenshot({ path: 'test-results/admin-account-created.png', fullPage: true });

    // the same id again is refused under the user id field
    await page.goto(`${session.stack.siteUrl}/#/staff/accounts/new`);
    await page.fill('#userId', OFFICER.userId);
    await page.fill('#email', 'someone.else@sso.example.go.th');
    await page.fill('#nameTh', 'นายอื่น ทดสอบ');
    await page.check('#roles-legal');
    await page.click('#create-account button[type=submit]');
    await poll(() => page.textContent('#userId-error')).toBe('รหัสผู้ใช้นี้มีอยู่แล้ว');
  });

  it('the owner sets a password from the activation mail (policy checked in Thai) and signs in', async () => {
    const link = await linkMailedTo(OFFICER.email, 'activate');
    officerPage = await session.browser.newPage();
    await officerPage.goto(link);
    expect(await officerPage.textContent('#password-hint')).toContain('อย่างน้อย 12 ตัวอักษร');
    await officerPage.fill('#password', 'สั้นไป');
    await officerPage.fill('#confirm', 'สั้นไป');
    await officerPage.click('#activate-form button[type=submit]');
    await poll(() => officerPage.textContent('#password-error')).toContain('อย่างน้อย 12 ตัวอักษร');
    await officerPage.fill('#password', FIRST_PASSWORD);
    await officerPage.fill('#confirm', FIRST_PASSWORD);
    await officerPage.click('#activate-form button[type=submit]');
    await poll(() => officerPage.textContent('#activate-result')).toContain(OFFICER.userId);
    await officerPage.click('#activate-result a');
    await poll(() => officerPage.inputValue('#userId')).toBe(OFFICER.userId);
    await officerPage.fill('#password', FIRST_PASSWORD);
    await officerPage.click('form button[type=submit]');
    await poll(() => officerPage.textContent('#who')).toContain(OFFICER.userId);
  });

  it('the admin disables the account after a confirmation; the open session ends with a clear message', async () => {
    const { page } = session;
    await page.goto(`${session.stack.siteUrl}/#/staff/accounts/${OFFICER.userId}`);
    await poll(() => page.textContent('#account-status')).toBe('ใช้งานได้');
    await page.click('#disable-account');
    await page.waitForSelector('#confirm-dialog[open]');
    expect(await page.textContent('#confirm-text')).toContain('การเข้าสู่ระบบทั้งหมดของบัญชีนี้จะสิ้นสุดทันที');
    await page.screenshot({ path: 'test-results/admin-disable-confirm.png' });
    // cancelling changes nothing
    await page.keyboard.press('Escape');
    await poll(() => page.locator('#confirm-dialog').count()).toBe(0);
    await page.click('#disable-account');
    await page.click('#confirm-yes');
    await poll(() => page.textContent('#account-status')).toBe('ถูกระงับ');
    expect(await page.isVisible('#enable-account')).toBe(true);

    // the officer's next request is refused: back to sign in, saying why
    await officerPage.goto(`${session.stack.siteUrl}/#/staff/complaints`);
    await officerPage.waitForURL(/#\/login\?reason=SESSION_ENDED/);
    await poll(() => officerPage.textContent('#login-notice')).toContain('การเข้าสู่ระบบนี้สิ้นสุดแล้ว');
    expect(await officerPage.textContent('#who')).toBe('');
    await officerPage.fill('#userId', OFFICER.userId);
    await officerPage.fill('#password', FIRST_PASSWORD);
    await officerPage.click('form button[type=submit]');
    await poll(() => officerPage.textContent('#login-errors')).toContain('ระงับ');
  });

  it('refuses to disable the last admin, saying so', async () => {
    const { page } = session;
    await page.goto(`${session.stack.siteUrl}/#/staff/accounts/demo-admin`);
    await page.click('#disable-account');
    expect(await page.textContent('#confirm-text')).toContain('คุณจะออกจากระบบทันที');
    await page.click('#confirm-yes');
    await poll(() => page.textContent('#account-result')).toContain('ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อยหนึ่งคน');
    expect(await page.textContent('#account-status')).toBe('ใช้งานได้');
  });

  it('shows the changes in the audit trail, newest first, in words', async () => {
    const { page } = session;
    await page.goto(`${session.stack.siteUrl}/#/staff/audit`);
    await page.fill('#audit-target', OFFICER.userId);
    await page.click('#audit-filters button[type=submit]');
    await page.waitForURL(/target=USER%23officer\.e2e/);
    await page.waitForSelector('#audit');
    const actions = await page.locator('#audit > tbody > tr > td:nth-child(3)').allTextContents();
    expect(actions).toEqual(['แก้ไขบัญชี', 'สร้างบัญชี']);
    const change = await page.textContent('#audit > tbody > tr:first-child');
    expect(change).toContain('ใช้งานได้');
    expect(change).toContain('ถูกระงับ');
    expect(change).toContain(String(new Date().getUTCFullYear() + 543));
  });
});

describe('passwords', () => {
  it('resets a forgotten password by mail, then changes it while signed in', async () => {
    // re-enable the officer first (the account had a password: it is active again)
    const { page } = session;
    await page.goto(`${session.stack.siteUrl}/#/staff/accounts/${OFFICER.userId}`);
    await page.click('#enable-account');
    await page.click('#confirm-yes');
    await poll(() => page.textContent('#account-status')).toBe('ใช้งานได้');

    await officerPage.goto(`${session.stack.siteUrl}/#/login`);
    await officerPage.fill('#userId', OFFICER.userId);
    await officerPage.click('#forgot-password');
    await poll(() => officerPage.inputValue('#userId')).toBe(OFFICER.userId);
    await officerPage.click('#forgot-form button[type=submit]');
    await poll(() => officerPage.textContent('#forgot-result')).toContain('หากรหัสผู้ใช้นี้มีอยู่และใช้งานได้');

    await officerPage.goto(await linkMailedTo(OFFICER.email, 'reset-password'));
    await officerPage.fill('#password', RESET_PASSWORD);
    await officerPage.fill('#confirm', `${RESET_PASSWORD}!`);
    await officerPage.click('#reset-form button[type=submit]');
    await poll(() => officerPage.textContent('#confirm-error')).toBe('รหัสผ่านทั้งสองช่องไม่ตรงกัน');
    await officerPage.fill('#confirm', RESET_PASSWORD);
    await officerPage.click('#reset-form button[type=submit]');
    await poll(() => officerPage.textContent('#reset-result')).toContain('ตั้งรหัสผ่านใหม่แล้ว');
    await officerPage.click('#reset-sign-in');
    await officerPage.fill('#password', RESET_PASSWORD);
    await officerPage.click('form button[type=submit]');
    await poll(() => officerPage.textContent('#who')).toContain(OFFICER.userId);

    // the header link beside the user id (in the header's menu while the bar is too narrow for it)
    if (await officerPage.isVisible('#menu-button')) await officerPage.click('#menu-button');
    await officerPage.click('#change-password');
    await officerPage.waitForSelector('#change-password-form');
    await officerPage.fill('#currentPassword', RESET_PASSWORD);
    await officerPage.fill('#newPassword', `my ${OFFICER.userId} password`);
    await officerPage.fill('#confirm', `my ${OFFICER.userId} password`);
    await officerPage.click('#change-password-form button[type=submit]');
    await poll(() => officerPage.textContent('#newPassword-error')).toBe('รหัสผ่านต้องไม่มีรหัสผู้ใช้อยู่ในนั้น');
    await officerPage.fill('#newPassword', CHANGED_PASSWORD);
    await officerPage.fill('#confirm', CHANGED_PASSWORD);
    await officerPage.click('#change-password-form button[type=submit]');
    await poll(() => officerPage.textContent('#change-result')).toContain('เปลี่ยนรหัสผ่านแล้ว');
    await officerPage.screenshot({ path: 'test-results/password-changed.png', fullPage: true });
    // the new token was kept: the session carries on
    await officerPage.goto(`${session.stack.siteUrl}/#/staff/complaints`);
    await poll(() => officerPage.locator('h1').first().textContent()).toContain('เรื่องร้องเรียน');
    expect(officerPage.url()).not.toContain('#/login');
    await officerPage.close();
  });
});

describe('the hospital registry', () => {
  const HEADER = 'code,hcode,nameTh,nameEn,provinceCode,kind,mainContractorCode,officeCode';
  const GOOD = '2200001,22001,โรงพยาบาลนำเข้าปทุมวัน,Pathum Wan Imported Hospital,10,main,,BKK-02';
  const csvFile = (lines: string[]) => ({ name: 'registry.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') });

  it('shows a bad line by its number and saves nothing', async () => {
    const { page } = session;
    await page.goto(`${session.stack.siteUrl}/#/staff/registry`);
    expect(await page.textContent('#registry-header')).toBe(HEADER);
    await page.setInputFiles('#registry-file', csvFile([HEADER, GOOD, '2200101,22101,คลินิกผิด,Wrong Clinic,10,network,2200001,NO-SUCH']));
    await page.click('#registry-check');
    await page.waitForSelector('#registry-errors');
    expect(await page.locator('#registry-errors tbody tr').count()).toBe(1);
    expect(await page.textContent('#registry-errors tbody tr td:first-child')).toBe('3');
    expect(await page.textContent('#registry-errors tbody tr td:nth-child(2)')).toBe('officeCode');
    expect(await page.textContent('#registry-status')).toContain('ยังไม่ได้บันทึกข้อมูลใด ๆ');
    expect(await page.isVisible('#registry-apply')).toBe(false);
    await page.screenshot({ path: 'test-results/registry-errors.png', fullPage: true });
  });

  it('previews a good file, then imports it', async () => {
    const { page } = session;
    await page.setInputFiles('#registry-file', csvFile([HEADER, GOOD]));
    await page.click('#registry-check');
    await page.waitForSelector('#registry-preview');
    expect(await page.textContent('#registry-preview [data-count=rows]')).toBe('1');
    expect(await page.textContent('#registry-preview [data-count=created]')).toBe('1');
    expect((await session.stack.call<unknown[]>('GET', '/hospitals?q=2200001')).body).toEqual([]);
    await page.click('#registry-apply');
    await page.waitForSelector('#registry-imported');
    expect(await page.textContent('#registry-imported [data-count=created]')).toBe('1');
    expect((await session.stack.call<Array<{ code: string }>>('GET', '/hospitals?q=2200001')).body.map((h) => h.code)).toEqual(['2200001']);
  });
});

describe('reference data and the notices banner', () => {
  interface Notice {
    code: string;
    params?: Record<string, string | number>;
  }
  const notices = async () => {
    const token = await session.page.evaluate(() => (JSON.parse(sessionStorage.getItem('session') ?? '{}') as { token?: string }).token);
    return (await session.stack.call<Notice[]>('GET', '/admin/notices', { token })).body;
  };
  const banner = async () => {
    await session.page.goto(`${session.stack.siteUrl}/#/staff`);
    await session.page.waitForSelector('#admin-notices');
  };

  it('tells admins on staff pages what to fix: offices without a mailbox, in one line, linking to the list', async () => {
    const { page } = session;
    const missing = (await notices()).filter((n) => n.code === 'OFFICE_HAS_NO_MAILBOX');
    expect(missing.length).toBeGreaterThan(3);
    await banner();
    await page.screenshot({ path: 'test-results/admin-notices.png', fullPage: true });
    const line = page.locator('#admin-notices li[data-code=OFFICE_HAS_NO_MAILBOX]');
    expect(await line.getAttribute('data-count')).toBe(String(missing.length));
    await line.locator('a').click();
    await page.waitForURL(/#\/staff\/offices\?missing=1/);
    await page.waitForSelector('#offices');
    expect(await page.locator('#offices tbody tr').count()).toBe(missing.length);
    const office = String(missing[0]!.params!.officeCode);
    expect(await page.textContent(`#offices tr[data-office="${office}"]`)).toContain('ไม่มีอีเมล');

    // the office's page: a wrong address is refused under the field, a right one saved
    await page.click(`#offices tr[data-office="${office}"] a`);
    await page.waitForSelector('#office-form');
    await page.fill('#email', 'not-an-address');
    await page.click('#office-form button[type=submit]');
    await poll(() => page.textContent('#email-error')).toBe('อีเมลไม่ถูกต้อง');
    await page.fill('#email', `${office.toLowerCase()}@sso.example.go.th`);
    await page.click('#office-form button[type=submit]');
    await poll(() => page.textContent('#office-result')).toBe('บันทึกแล้ว');
    await banner();
    expect(await page.getAttribute('#admin-notices li[data-code=OFFICE_HAS_NO_MAILBOX]', 'data-count')).toBe(String(missing.length - 1));
  });

  it('refuses an empty holiday list under the field, then the loaded year leaves the banner', async () => {
    const { page } = session;
    const calendarNotice = (await notices()).find((n) => n.code.endsWith('_CALENDAR_MISSING'));
    expect(calendarNotice).toBeDefined();
    const year = Number(calendarNotice!.params!.year);
    await banner();
    await page.click(`#admin-notices li[data-code=${calendarNotice!.code}] a`);
    await page.waitForURL(new RegExp(`#/staff/calendar\\?year=${year}`));
    await page.waitForSelector('#calendar-json');
    await page.fill('#calendar-json', '[]');
    await page.click('#calendar-save');
    await poll(() => page.textContent('#calendar-json-error')).toContain('ปฏิทินวันหยุดต้องมีวันหยุดอย่างน้อยหนึ่งวัน');
    expect(await page.getAttribute('#calendar-json', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#calendar-json', 'aria-describedby')).toContain('calendar-json-error');
    await page.fill('#calendar-json', JSON.stringify([{ date: `${year}-01-01`, nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day" }]));
    await page.click('#calendar-save');
    await poll(() => page.textContent('#calendar-result')).toContain('บันทึกแล้ว');
    await page.goto(`${session.stack.siteUrl}/#/staff`);
    await page.waitForSelector('h1');
    await poll(() => page.locator(`#admin-notices li[data-code=${calendarNotice!.code}]`).count()).toBe(0);
  });

  it('renames a complaint topic and sets the SLA policy, checking a whole number of calendar days', async () => {
    const { page } = session;
    await page.goto(`${session.stack.siteUrl}/#/staff/topics`);
    await page.waitForSelector('#topics form');
    const first = page.locator('#topics form').first();
    const code = await first.getAttribute('data-topic');
    await first.locator('input').first().fill('การรอคิวนาน (แก้ไขแล้ว)');
    await first.locator('button[type=submit]').click();
    await poll(() => first.locator('[role=status]').textContent()).toBe('บันทึกแล้ว');
    const topics = (await session.stack.call<Array<{ code: string; nameTh: string }>>('GET', '/complaint-topics')).body;
    expect(topics.find((t) => t.code === code)?.nameTh).toBe('การรอคิวนาน (แก้ไขแล้ว)');

    await page.goto(`${session.stack.siteUrl}/#/staff/sla-policy`);
    await page.waitForSelector('#sla-form');
    expect(await page.textContent('#sla-form')).toContain('ติดต่อผู้ร้องเรียน');
    await page.selectOption('#sla-report-back-unit', 'days');
    await page.fill('#sla-report-back-amount', '1.5');
    await page.click('#sla-form button[type=submit]');
    await poll(() => page.textContent('#sla-report-back-amount-error')).toBe('กำหนดเวลาเป็นวันต้องเป็นจำนวนเต็ม');
    await page.fill('#sla-report-back-amount', '20');
    await page.fill('#sla-acknowledge-amount', '2');
    await page.click('#sla-form button[type=submit]');
    await poll(() => page.textContent('#sla-result')).toBe('บันทึกกำหนดเวลาแล้ว');
    const policy = (await session.stack.call<{ stages: Array<{ stage: string; target: { unit: string; amount: number } }> }>('GET', '/sla-policy')).body;
    expect(policy.stages.find((s) => s.stage === 'acknowledge')?.target).toEqual({ unit: 'working-days', amount: 2 });
    expect(policy.stages.find((s) => s.stage === 'report-back')?.target).toEqual({ unit: 'days', amount: 20 });

    // the audit trail says what changed, in words
    await page.goto(`${session.stack.siteUrl}/#/staff/audit?target=${encodeURIComponent('CONFIG#SLA_POLICY')}`);
    await page.waitForSelector('#audit');
    const row = await page.textContent('#audit > tbody > tr:first-child');
    expect(row).toContain('แก้ไขกำหนดเวลาดำเนินการ');
    expect(row).toContain('ติดต่อผู้ร้องเรียน: 3 วันทำการ');
    expect(row).toContain('ติดต่อผู้ร้องเรียน: 2 วันทำการ');
  });
});
