// Every page and its main states, as the public and as the demo users, in Thai and English, on a
// phone (390 px) and a desktop (1280 px): axe-core finds no WCAG 2.2 AA violation and the page never
// scrolls sideways on the phone. Then the keyboard path: the skip link, focus on in-app moves, the
// phone header's menu.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../integration/support/test-stack';
import { useSiteInBrowser } from './support/browser';

const session = useSiteInBrowser();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0–2.2 A and AA, plus axe's best practices (landmarks, one h1, heading order…). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const WIDTHS = [390, 1280] as const;
const LANGS = ['th', 'en'] as const;
const AWARD_YEAR = 2570;

interface Visit {
  hash: string;
  /** A demo user signed in for the visit (`demo-<role>`), or the public when absent. */
  as?: string;
  /** Waits for the page's content beyond its heading. */
  ready?: string;
  /** Brings the page into the state to check (an empty form sent, a dialog opened…). */
  act?: (page: Page) => Promise<void>;
  state?: string;
}

const submitEmpty = (form: string) => async (page: Page) => {
  await page.click(`${form} button[type=submit]`);
  await page.waitForSelector(`${form} [aria-invalid="true"], ${form} .error:not(:empty)`);
};

let trackingCode = '';
let complaintId = '';
const tokens = new Map<string, unknown>();

/** `{code}` and `{id}` stand for the tracking code and id of a complaint filed before the visits. */
const VISITS: Visit[] = [
  { hash: '#/' },
  { hash: '#/hospital' },
  { hash: '#/complaints/new', ready: '#topic option:nth-child(2)' },
  { hash: '#/complaints/new', state: 'errors', act: submitEmpty('#complaint-form') },
  { hash: '#/complaints/track' },
  { hash: '#/complaints/track/{code}?new=1', ready: '#tracking' },
  { hash: '#/awards' },
  { hash: '#/awards/2562/results' },
  { hash: '#/login' },
  { hash: '#/login', state: 'errors', act: submitEmpty('form') },
  { hash: '#/login?reason=SESSION_ENDED' },
  { hash: '#/forgot-password' },
  { hash: '#/activate?token=x' },
  { hash: '#/reset-password' },
  { hash: '#/staff' },
  { hash: '#/no-such-page' },
  { hash: '#/hospital', as: 'demo-hospital' },
  { hash: '#/hospital/credentials/new', as: 'demo-hospital' },
  { hash: `#/hospital/awards/${AWARD_YEAR}`, as: 'demo-hospital' },
  { hash: `#/staff/awards/${AWARD_YEAR}`, as: 'demo-awards-officer' },
  { hash: '#/staff', as: 'demo-admin' },
  { hash: '#/staff/accounts', as: 'demo-admin', ready: '#accounts' },
  { hash: '#/staff/accounts/new', as: 'demo-admin' },
  { hash: '#/staff/accounts/new', as: 'demo-admin', state: 'errors', act: submitEmpty('#create-account') },
  { hash: '#/staff/accounts/demo-hospital', as: 'demo-admin', ready: '#account-details' },
  { hash: '#/staff/audit', as: 'demo-admin' },
  { hash: '#/staff/offices', as: 'demo-admin', ready: '#offices' },
  { hash: '#/staff/offices/BKK-01', as: 'demo-admin' },
  { hash: '#/staff/topics', as: 'demo-admin' },
  { hash: '#/staff/sla-policy', as: 'demo-admin' },
  { hash: '#/staff/registry', as: 'demo-admin' },
  { hash: '#/staff/calendar', as: 'demo-admin' },
  { hash: '#/staff/inactivity', as: 'demo-admin' },
  { hash: '#/staff/dead-mail', as: 'demo-admin' },
  { hash: '#/staff/credentials', as: 'demo-admin' },
  { hash: '#/staff/complaints', as: 'demo-admin' },
  { hash: '#/staff/complaints/{id}', as: 'demo-admin', ready: '#timeline' },
  { hash: '#/staff/complaints/new', as: 'demo-admin' },
  { hash: '#/staff/reports', as: 'demo-admin' },
  { hash: '#/account/password', as: 'demo-admin' },
];

interface Finding {
  lang: string;
  width: number;
  rule: string;
  help: string;
  nodes: string[];
}

const errors: string[] = [];

/** Loads the page afresh in a language, signed in as `as` (or nobody); waits for it to settle. */
async function open(page: Page, visit: Visit, lang: string, n: number): Promise<void> {
  const login = visit.as ? tokens.get(visit.as) : undefined;
  await page.evaluate(
    ([l, s]) => {
      localStorage.setItem('lang', l as string);
      if (s) sessionStorage.setItem('session', JSON.stringify(s));
      else sessionStorage.removeItem('session');
    },
    [lang, login] as const,
  );
  // a new query string is a new document: the page, its header and its language start afresh
  const hash = visit.hash.replace('{code}', trackingCode).replace('{id}', complaintId);
  await page.goto(`${session.stack.siteUrl}/?visit=${n}${hash}`);
  await page.waitForSelector('main:not([aria-busy]) h1', { timeout: 20_000 }).catch(async (err: unknown) => {
    // say what the page showed instead
    const shown = await page.evaluate(() => `${location.href} busy=${document.querySelector('main')?.getAttribute('aria-busy')} ${document.querySelector('main')?.outerHTML.slice(0, 300)}`);
    throw new Error(`${String(err)}\n${shown}\n${errors.join('\n')}`);
  });
  if (visit.ready) await page.waitForSelector(visit.ready, { state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
  if (visit.act) await visit.act(page);
}

async function axe(page: Page): Promise<Array<Omit<Finding, 'lang' | 'width'>>> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ rule: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, AXE_TAGS);
}

// the demo users' sessions and a complaint to show, for every test below
beforeAll(async () => {
  const { stack } = session;
  for (const userId of ['demo-hospital', 'demo-admin', 'demo-awards-officer']) {
    // the session the sign-in page would keep, without typing (each password hash takes a while)
    const signedIn = await stack.call('POST', '/auth/login', { body: { userId, password: DEMO_PASSWORD } });
    expect(signedIn.status).toBe(200);
    tokens.set(userId, signedIn.body);
  }
  const filed = await stack.call<{ complaintId: string; trackingCode: string }>('POST', '/complaints', {
    body: { channel: 'web', hospitalCode: '1000002', topic: 'extra-charges', description: 'ถูกเรียกเก็บค่ายาเพิ่ม 1,500 บาท', complainant: { name: 'ผู้ประกันตน ทดสอบ', email: 'a11y@example.com' } },
  });
  expect(filed.status, JSON.stringify(filed.body)).toBe(201);
  ({ trackingCode, complaintId } = filed.body);
  await session.page.goto(`${session.stack.siteUrl}/`);
  session.page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  session.page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
});

describe('every page, in Thai and English, on a phone and a desktop', () => {
  let n = 0;
  it.each(VISITS)('$hash $as $state', async (visit) => {
    const { page } = session;
    const findings: Finding[] = [];
    const problems: string[] = [];
    for (const lang of LANGS) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await open(page, visit, lang, ++n);
      if (lang === 'en') {
        // the page's chrome speaks English throughout (the switch back names its language in Thai)
        const thai = await page.evaluate(() => {
          const chrome = [...document.querySelectorAll('header, footer')].map((el) => {
            const copy = el.cloneNode(true) as HTMLElement;
            copy.querySelector('#lang')?.remove();
            return copy.textContent ?? '';
          });
          return [...chrome, document.title].join(' ').match(/[\u0E00-\u0E7F]+/g) ?? [];
        });
        if (thai.length) problems.push(`en: Thai in the chrome: ${thai.join(' ')}`);
      }
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        for (const f of await axe(page)) findings.push({ lang, width, ...f });
        if (width === 390) {
          const sideways = await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth);
          if (sideways > 0) problems.push(`${lang}: ${sideways}px wider than the phone`);
        }
      }
    }
    expect({ findings, problems }).toEqual({ findings: [], problems: [] });
  });
});

describe('the keyboard path', () => {
  const fresh = async (hash: string, width = 1280) => {
    const { page } = session;
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    if (!page.url().startsWith(session.stack.siteUrl)) await page.goto(`${session.stack.siteUrl}/`);
    await page.evaluate(() => {
      localStorage.setItem('lang', 'th');
      sessionStorage.removeItem('session');
    });
    await page.goto(`${session.stack.siteUrl}/?fresh=${Date.now()}${hash}`);
    await page.waitForSelector('main:not([aria-busy]) h1');
  };
  const focused = () => session.page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent?.trim(), inMain: !!document.activeElement?.closest('main'), cls: document.activeElement?.className }));

  it('the first Tab reaches the skip link, which takes focus to the page heading and leaves the page where it is', async () => {
    const { page } = session;
    await fresh('#/');
    // the first load leaves focus at the top of the document
    expect((await focused()).tag).toBe('BODY');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'A', cls: 'skip', text: 'ข้ามไปยังเนื้อหา' });
    expect(await page.isVisible('a.skip')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ tag: 'H1', text: 'บริการออนไลน์สำหรับสถานพยาบาลและผู้ประกันตน' });
    expect(await page.evaluate(() => location.hash)).toBe('#/');
    // the next Tab is the first control of the content, past the header
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'A', inMain: true });
  });

  it('moving to another page focuses its heading; an empty tracking code keeps the tracking form', async () => {
    const { page } = session;
    await fresh('#/');
    await page.click('.nav a[href="#/complaints/new"]');
    await expect.poll(focused).toMatchObject({ tag: 'H1', text: 'ร้องเรียนการให้บริการของสถานพยาบาล' });
    expect(await page.getAttribute('.nav a[href="#/complaints/new"]', 'aria-current')).toBe('page');
    expect(await page.title()).toContain('ร้องเรียนการให้บริการของสถานพยาบาล');
    await page.goto(`${session.stack.siteUrl}/?fresh=${Date.now()}#/complaints/track`);
    await page.waitForSelector('#trackingCode');
    await page.focus('#trackingCode');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/complaints\/track/);
    await page.waitForSelector('main:not([aria-busy]) #trackingCode');
    expect(await page.textContent('main h1')).toBe('ติดตามเรื่องร้องเรียน');
  });

  it('on a phone the header is one short row, its menu a disclosure laid over the page', async () => {
    const { page } = session;
    await fresh('#/', 390);
    const header = () => page.evaluate(() => document.querySelector('header')!.getBoundingClientRect().height);
    const before = await header();
    expect(before).toBeLessThanOrEqual(72);
    expect(await page.isVisible('.nav')).toBe(false);
    const h1Top = await page.evaluate(() => document.querySelector('main h1')!.getBoundingClientRect().top);
    await page.click('#menu-button');
    expect(await page.getAttribute('#menu-button', 'aria-expanded')).toBe('true');
    expect(await page.isVisible('.nav a[href="#/staff"]')).toBe(true);
    // laid over the content: nothing below the header moves
    expect(await header()).toBe(before);
    expect(await page.evaluate(() => document.querySelector('main h1')!.getBoundingClientRect().top)).toBe(h1Top);
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('#menu-button', 'aria-expanded')).toBe('false');
    expect(await focused()).toMatchObject({ tag: 'BUTTON' });
    // a link in the menu closes it
    await page.click('#menu-button');
    await page.click('.nav a[href="#/awards"]');
    await expect.poll(() => page.getAttribute('#menu-button', 'aria-expanded')).toBe('false');
  });

  it('a table wider than the phone scrolls in its own labelled, focusable region; on a desktop it is a plain table', async () => {
    const { page } = session;
    await fresh('#/', 390);
    await page.evaluate((s) => sessionStorage.setItem('session', JSON.stringify(s)), tokens.get('demo-admin'));
    await page.goto(`${session.stack.siteUrl}/?fresh=${Date.now()}#/staff/offices`);
    await page.waitForSelector('#offices');
    const region = page.locator('.table-scroll:has(#offices)');
    await expect.poll(() => region.getAttribute('role')).toBe('region');
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('aria-label')).toBe('สำนักงานและอีเมลของสำนักงาน');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => region.getAttribute('role')).toBe(null);
    expect(await region.getAttribute('tabindex')).toBe(null);
  });

  it('every page names itself, in the language shown, and the site describes itself to search engines', async () => {
    const { page } = session;
    await fresh('#/login');
    expect(await page.title()).toBe('เข้าสู่ระบบ · บริการสถานพยาบาล สำนักงานประกันสังคม');
    await page.click('#lang');
    await expect.poll(() => page.title()).toBe('Sign in · Hospital services Social Security Office');
    expect(await page.getAttribute('#lang', 'lang')).toBe('th');
    expect(await page.textContent('#lang')).toBe('ไทย');
    expect(await page.getAttribute('meta[name=description]', 'content')).toContain('Social Security Office');
    const robots = await fetch(`${session.stack.siteUrl}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(await robots.text()).toContain('User-agent');
  });
});
