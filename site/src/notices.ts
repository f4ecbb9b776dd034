// The admins' notices banner on staff pages (GET /api/admin/notices): what needs doing before it
// bites (next year's holiday list, an office without a mailbox), each linking to the page that fixes it.
import { referenceAdminMessages } from '../../shared/i18n/messages-reference-admin';
import type * as z from 'zod';
import type { adminNoticeSchema } from '../../shared/schemas/reference-admin';
import { api, session } from './api';
import { h } from './dom';
import { L } from './i18n';
import { message, useMessages } from './labels';

// the notices are said again here, in the reader's language with the year in their era
useMessages(referenceAdminMessages);

type Notice = z.output<typeof adminNoticeSchema>;

let cached: { token: string; at: number; notices: Notice[] } | undefined;
/** Bumped by forgetNotices: an answer asked for before a fix must not be cached after it. */
let generation = 0;
const FRESH_MS = 60_000;
/** Offices without a mailbox listed one by one up to this many; more become one line. */
const MAX_OFFICE_LINES = 3;

/** Drop the cached notices after an admin fixed something, so the banner shows what is left. */
export function forgetNotices(): void {
  cached = undefined;
  generation += 1;
}

/** The page that fixes a notice, or undefined when none does. */
function fixFor(n: Notice): { href: string; label: string } | undefined {
  const p = n.params ?? {};
  switch (n.code) {
    case 'NEXT_YEAR_CALENDAR_MISSING':
    case 'THIS_YEAR_CALENDAR_MISSING': {
      const year = Number(p.year ?? (typeof p.yearBE === 'number' ? p.yearBE - 543 : NaN));
      return { href: Number.isFinite(year) ? `#/staff/calendar?year=${year}` : '#/staff/calendar', label: L('บันทึกปฏิทินวันหยุด', 'Load the holiday list') };
    }
    case 'OFFICE_HAS_NO_MAILBOX':
      return { href: p.officeCode ? `#/staff/offices/${encodeURIComponent(String(p.officeCode))}` : '#/staff/offices', label: L('เพิ่มอีเมลของสำนักงาน', "Add the office's mailbox") };
    default:
      return undefined;
  }
}

async function load(token: string): Promise<Notice[]> {
  if (cached && cached.token === token && Date.now() - cached.at < FRESH_MS) return cached.notices;
  const asked = generation;
  let notices: Notice[];
  try {
    const answer = await api<Notice[]>('GET', '/admin/notices');
    notices = Array.isArray(answer) ? answer : [];
  } catch {
    // a banner is a help, never a reason for a page to fail
    notices = [];
  }
  // a page that loaded its banner while the admin was fixing something: show it, keep nothing
  if (asked === generation) cached = { token, at: Date.now(), notices };
  return notices;
}

/** The banner for an admin on a staff page; null for anyone else, or when nothing needs doing. */
export async function adminNoticesBanner(hash: string): Promise<HTMLElement | null> {
  const s = session();
  if (!hash.startsWith('#/staff') || !s?.user.roles.includes('admin')) return null;
  const notices = await load(s.token);
  if (notices.length === 0) return null;
  // the message in the reader's language from the shared catalog; the server's text if the site does not know the code
  const text = (n: Notice) => {
    const local = message(n.code, { ...n.params, ...(typeof n.params?.year === 'number' ? { yearBE: n.params.year + 543 } : {}) });
    return local === message('INVALID_VALUE') && n.message ? n.message : local;
  };
  // one line per notice, except offices without a mailbox: after a few, one line for all of them
  const offices = notices.filter((n) => n.code === 'OFFICE_HAS_NO_MAILBOX');
  const grouped = offices.length > MAX_OFFICE_LINES;
  const items = (grouped ? notices.filter((n) => n.code !== 'OFFICE_HAS_NO_MAILBOX') : notices).map((n) => {
    const fix = fixFor(n);
    return h('li', { 'data-code': n.code }, text(n), fix ? ' ' : null, fix ? h('a', { href: fix.href }, fix.label) : null);
  });
  if (grouped) {
    const codes = offices.map((n) => String(n.params?.officeCode ?? '')).filter(Boolean);
    items.push(
      h(
        'li',
        { 'data-code': 'OFFICE_HAS_NO_MAILBOX', 'data-count': String(offices.length) },
        L(`สำนักงาน ${offices.length} แห่งยังไม่มีอีเมล จึงไม่ได้รับแจ้งเรื่องร้องเรียนทางอีเมล`, `${offices.length} offices have no mailbox, so they get no complaint e-mails`),
        h('span', { class: 'hint' }, ` (${codes.slice(0, 6).join(', ')}${codes.length > 6 ? ', …' : ''})`),
        ' ',
        h('a', { href: '#/staff/offices?missing=1' }, L('ดูรายการและเพิ่มอีเมล', 'See them and add the mailboxes')),
      ),
    );
  }
  return h(
    'aside',
    { class: 'notices', id: 'admin-notices', 'aria-labelledby': 'admin-notices-title' },
    h('h2', { id: 'admin-notices-title' }, L('เรื่องที่ผู้ดูแลระบบควรดำเนินการ', 'For the administrators to do')),
    h('ul', {}, ...items),
  );
}
