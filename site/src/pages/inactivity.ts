// Staff console: the inactivity job's last runs, the ids falling due soon, and a dry run on demand.
import { api, ApiProblem } from '../api';
import { showDate } from '../dates';
import { h } from '../dom';
import { L } from '../i18n';
import { page } from '../router';
import { requireRole } from '../session-ui';
import { staffMenu } from './portals';
import type { sweepInactivityNow } from '../../../shared/use-cases/background-jobs';
import type { DeadMailView } from '../../../shared/use-cases/dead-mail';
import type { inactivityOverview } from '../../../shared/use-cases/inactivity-admin';

// The API's answers, as the use cases that build them return them (types only: no server code in
// the bundle). None holds a Date: instants travel as ISO strings on both sides.
type Overview = Awaited<ReturnType<typeof inactivityOverview>>;
/** A dry run answers the sweep's result at once (a real run is a background job). */
type DryRun = Extract<Awaited<ReturnType<typeof sweepInactivityNow>>, { dryRun: unknown }>['dryRun'];

staffMenu.push({ href: '#/staff/dead-mail', th: 'อีเมลที่ส่งไม่สำเร็จ', en: 'Undeliverable e-mail', roles: ['admin'] });
staffMenu.push({ href: '#/staff/inactivity', th: 'รหัสผู้ใช้ที่ไม่ได้ใช้งาน 6 เดือน', en: 'Inactive user ids', roles: ['admin', 'credentials-officer'] });

page('/staff/inactivity', async () => {
  const session = requireRole(['admin', 'credentials-officer']);
  if (!session) return h('p');
  const data = await api<Overview>('GET', '/admin/inactivity-revocations?days=30');
  const result = h('p', { role: 'status', id: 'dry-run-result' });
  const dryRun = h('button', { type: 'button', class: 'button secondary', id: 'dry-run' }, L('ทดลองรัน (ไม่เปลี่ยนแปลงข้อมูล)', 'Dry run (changes nothing)'));
  dryRun.addEventListener('click', async () => {
    try {
      const r = await api<DryRun>('POST', '/admin/inactivity-revocations', { dryRun: true });
      result.textContent = L(`ตรวจ ${r.examined} รายการ: จะยกเลิก ${r.revoked.length} รหัส แจ้งเตือน ${r.warned.length} รหัส`, `Examined ${r.examined}: would revoke ${r.revoked.length}, warn ${r.warned.length}`);
    } catch (err) {
      result.textContent = err instanceof ApiProblem ? err.problem.title : '';
    }
  });
  return h(
    'section',
    {},
    h('h1', {}, L('รหัสผู้ใช้ที่ไม่ได้ใช้งานติดต่อกัน 6 เดือน', 'User ids unused for 6 months')),
    h('p', { class: 'hint' }, L('ระบบตรวจทุกวันเวลา 02:00 น. แจ้งเตือนล่วงหน้า 30 และ 7 วัน แล้วจึงยกเลิก', 'Checked daily at 02:00; warned 30 and 7 days ahead, then revoked')),
    session.user.roles.includes('admin') ? h('div', { class: 'menu' }, dryRun) : null,
    result,
    h('h2', {}, L('จะครบกำหนดใน 30 วัน', 'Falling due in 30 days')),
    data.upcoming.length === 0
      ? h('p', {}, L('ไม่มี', 'None'))
      : h('table', { id: 'upcoming' }, h('tr', {}, h('th', {}, L('รหัสผู้ใช้', 'User id')), h('th', {}, L('สถานพยาบาล', 'Hospital')), h('th', {}, L('ครบกำหนด', 'Due'))), ...data.upcoming.map((u) => h('tr', {}, h('td', {}, u.userId), h('td', {}, u.hospitalCode ?? '–'), h('td', {}, u.revocableFrom ? showDate(u.revocableFrom, true) : '–')))),
    h('h2', {}, L('การรันล่าสุด', 'Last runs')),
    h(
      'table',
      { id: 'runs' },
      h('tr', {}, ...[L('เวลา', 'Started'), L('ณ วันที่', 'As of'), L('ประเภท', 'Kind'), L('ตรวจ', 'Examined'), L('ยกเลิก', 'Revoked'), L('แจ้งเตือน', 'Warned'), L('ผล', 'Result')].map((c) => h('th', {}, c))),
      ...data.runs.map((r) =>
        h(
          'tr',
          {},
          h('td', {}, showDate(r.startedAt, true)),
          h('td', {}, showDate(r.asOf, true)),
          h('td', {}, `${r.trigger}${r.dryRun ? L(' (ทดลอง)', ' (dry run)') : ''}`),
          h('td', {}, r.examined),
          h('td', {}, r.revoked),
          h('td', {}, r.warned),
          h('td', {}, h('span', { class: `badge ${r.ok ? 'ok' : 'late'}` }, r.ok ? L('สำเร็จ', 'OK') : L(`ผิดพลาด ${r.errors}`, `${r.errors} errors`))),
        ),
      ),
    ),
  );
});

page('/staff/dead-mail', async () => {
  if (!requireRole(['admin'])) return h('p');
  const rows = await api<DeadMailView[]>('GET', '/admin/dead-mail');
  return h(
    'section',
    {},
    h('h1', {}, L('อีเมลที่ส่งไม่สำเร็จ', 'Undeliverable e-mail')),
    h('p', { class: 'hint' }, L('ระบบลองส่งซ้ำ 8 ครั้งแล้ว กรุณาติดต่อผู้รับโดยช่องทางอื่น', 'Tried 8 times; please reach the recipients another way')),
    rows.length === 0
      ? h('p', { id: 'dead-mail-empty' }, L('ไม่มี', 'None'))
      : h('table', { id: 'dead-mail' }, h('tr', {}, ...[L('เวลา', 'Created'), L('ประเภท', 'Kind'), L('ผู้รับ', 'To'), L('หัวเรื่อง', 'Subject'), L('ข้อผิดพลาด', 'Error')].map((c) => h('th', {}, c))), ...rows.map((r) => h('tr', {}, h('td', {}, showDate(r.createdAt, true)), h('td', {}, r.kind), h('td', {}, r.to.join(', ')), h('td', {}, r.subject), h('td', {}, `${r.lastError ?? ''} (${r.attempts})`)))),
  );
});
