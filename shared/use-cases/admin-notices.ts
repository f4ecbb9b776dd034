// What admins should act on: a missing official holiday list (this year's, or next year's from
// 1 October) and offices without a mailbox. Shown as a banner (GET /api/admin/notices); the
// holiday lists are also mailed to the admin mailbox once a week by a daily job.
import { config } from '../config';
import { listCalendars, listOffices } from '../data/reference-repository';
import { calendarReminderMailId, calendarReminders } from '../domain/calendar-reminder';
import { t } from '../i18n/messages';
import type { Lang } from '../i18n/lang';
import { sendMail } from '../mail/outbox';
import { calendarReminderMail } from '../mail/templates/reference';
import type { Office } from '../schemas/reference';
import { toBuddhistYear } from '../time/bangkok';

export interface AdminNotice {
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

// Offices whose mail goes to a deploy-time mailbox (the Information Center, the bureau, the
// division) need none of their own; Bangkok area and provincial offices receive their cases by e-mail.
const OFFICES_THAT_RECEIVE_CASES: ReadonlySet<Office['kind']> = new Set(['bangkok-area', 'provincial']);

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
const notice = (code: string, params: Record<string, string | number>, lang: Lang): AdminNotice => ({ code, message: fill(t(code, lang), params), params });

export async function listAdminNotices(lang: Lang, now = new Date()): Promise<AdminNotice[]> {
  const [calendars, offices] = await Promise.all([listCalendars(), listOffices()]);
  return [
    ...calendarReminders(now, calendars.map((c) => c.year)).map((r) => notice(r.code, { year: r.year, yearBE: toBuddhistYear(r.year) }, lang)),
    ...offices
      .filter((o) => OFFICES_THAT_RECEIVE_CASES.has(o.kind) && !o.email)
      .map((o) => notice('OFFICE_HAS_NO_MAILBOX', { officeCode: o.officeCode, nameTh: o.nameTh, nameEn: o.nameEn }, lang)),
  ];
}

/** The daily job: mails each due holiday-list reminder to the admin mailbox, once per week (outbox key). */
export async function sendCalendarReminders(now = new Date()): Promise<{ due: number; sent: number }> {
  const reminders = calendarReminders(now, (await listCalendars()).map((c) => c.year));
  const { ADMIN_MAILBOX, SITE_URL } = config();
  let sent = 0;
  for (const reminder of reminders) {
    const mail = calendarReminderMail(reminder, `${SITE_URL}/#/staff/calendar`);
    if (await sendMail({ id: calendarReminderMailId(reminder), kind: 'calendar-reminder', to: [ADMIN_MAILBOX], ...mail }, now)) sent++;
  }
  return { due: reminders.length, sent };
}
