// The admin audit trail: every administrative change, newest first, by target or actor, with what
// changed shown as before → after in words (role names, states), dates in the Buddhist Era.
import type { SlaStage } from '../../../shared/domain/complaint-deadlines';
import type { Office } from '../../../shared/schemas/reference';
import { api } from '../api';
import { showDate, showYear } from '../dates';
import { h } from '../dom';
import { field } from '../forms';
import { L, lang } from '../i18n';
import { accountStatusName, AUDIT_ACTIONS, OFFICE_KINDS, roleName, say, SLA_STAGE_NAMES, type Words } from '../labels';
import { navigate, page } from '../router';
import { requireRole } from '../session-ui';
import { staffMenu } from './portals';


staffMenu.push({ href: '#/staff/audit', th: 'ประวัติการเปลี่ยนแปลงโดยผู้ดูแลระบบ', en: 'Audit trail', roles: ['admin'] });

// the record's shape is the API's own (a type-only import: nothing of it reaches the bundle)
export type { AdminChange } from '../../../shared/data/audit-repository';
import type { AdminChange } from '../../../shared/data/audit-repository';

const FIELD_NAMES: Record<string, Words> = {
  userId: { th: 'รหัสผู้ใช้', en: 'User id' },
  email: { th: 'อีเมล', en: 'E-mail' },
  nameTh: { th: 'ชื่อ (ไทย)', en: 'Name (Thai)' },
  nameEn: { th: 'ชื่อ (อังกฤษ)', en: 'Name (English)' },
  roles: { th: 'บทบาท', en: 'Roles' },
  officeCode: { th: 'สำนักงาน', en: 'Office' },
  hospitalCode: { th: 'สถานพยาบาล', en: 'Hospital' },
  status: { th: 'สถานะ', en: 'Status' },
  lastLoginAt: { th: 'เข้าสู่ระบบล่าสุด', en: 'Last sign-in' },
  kind: { th: 'ประเภท', en: 'Kind' },
  rows: { th: 'จำนวนแถว', en: 'Rows' },
  created: { th: 'เพิ่มใหม่', en: 'Created' },
  updated: { th: 'ปรับปรุง', en: 'Updated' },
  unchanged: { th: 'ไม่เปลี่ยนแปลง', en: 'Unchanged' },
  holidays: { th: 'วันหยุด', en: 'Holidays' },
  stages: { th: 'ขั้นตอน', en: 'Stages' },
};

/** `USER#somchai` → "บัญชี somchai", linked to the account; other targets as they are. */
function targetLabel(target: string): Node {
  const [kind, ...rest] = target.split('#');
  const id = rest.join('#');
  if (kind === 'USER' && id) return h('a', { href: `#/staff/accounts/${encodeURIComponent(id)}` }, L('บัญชี ', 'Account '), id);
  if (kind === 'CALENDAR' && id) return h('a', { href: `#/staff/calendar?year=${encodeURIComponent(id)}` }, L('ปฏิทินวันหยุด ', 'Holidays '), Number.isFinite(Number(id)) ? showYear(Number(id)) : id);
  if (kind === 'CONFIG' && id === 'SLA_POLICY') return h('a', { href: '#/staff/sla-policy' }, L('กำหนดเวลาดำเนินการ', 'SLA policy'));
  if (kind === 'TOPIC' && id) return h('a', { href: '#/staff/topics' }, L('หัวข้อ ', 'Topic '), id);
  if (kind === 'HOSPITAL' && id) return document.createTextNode(`${L('สถานพยาบาล', 'Hospital')} ${id}`);
  if (kind === 'OFFICE' && id) return h('a', { href: `#/staff/offices/${encodeURIComponent(id)}` }, L('สำนักงาน ', 'Office '), id);
  return document.createTextNode(target);
}

function showValue(key: string, value: unknown, offices: Office[]): string {
  if (value === undefined || value === null || value === '') return '–';
  if (key === 'roles' && Array.isArray(value)) return value.map((r) => roleName(String(r))).join(', ');
  if (key === 'status' && typeof value === 'string') return accountStatusName(value);
  if (key === 'kind' && typeof value === 'string') return say(OFFICE_KINDS[value as keyof typeof OFFICE_KINDS], value);
  if (key === 'officeCode' && typeof value === 'string') {
    const o = offices.find((x) => x.officeCode === value);
    return o ? `${value} ${lang() === 'th' ? o.nameTh : o.nameEn}` : value;
  }
  if (key === 'stages' && Array.isArray(value)) {
    return (value as Array<{ stage?: string; target?: { unit?: string; amount?: number }; warnBefore?: { amount?: number } }>)
      .map((st) => `${say(SLA_STAGE_NAMES[st.stage as SlaStage], st.stage)}: ${st.target?.amount ?? '?'} ${st.target?.unit === 'days' ? L('วัน', 'days') : L('วันทำการ', 'working days')} (${L('เตือนล่วงหน้า', 'warn')} ${st.warnBefore?.amount ?? 0})`)
      .join(' · ');
  }
  if (key === 'holidays' && Array.isArray(value)) {
    const dates = (value as Array<{ date?: string }>).map((d) => d.date).filter((d): d is string => !!d);
    return L(`${dates.length} วัน`, `${dates.length} days`) + (dates.length ? `: ${dates.slice(0, 3).map((d) => showDate(d)).join(', ')}${dates.length > 3 ? ', …' : ''}` : '');
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2}))?$/.test(value)) return showDate(value, value.includes('T'));
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What changed: one row per field whose value differs (every field of a creation or a removal). */
function changeTable(c: AdminChange, offices: Office[]): Node {
  if (c.before === undefined && c.after === undefined) return document.createTextNode('–');
  if (!isRecord(c.before) && !isRecord(c.after)) return document.createTextNode(`${showValue('', c.before, offices)} → ${showValue('', c.after, offices)}`);
  const before = isRecord(c.before) ? c.before : {};
  const after = isRecord(c.after) ? c.after : {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (keys.length === 0) return h('span', { class: 'hint' }, L('ไม่มีข้อมูลที่เปลี่ยน', 'Nothing changed'));
  const both = c.before !== undefined && c.after !== undefined;
  return h(
    'table',
    { class: 'changes' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, L('ข้อมูล', 'Field')), ...(both ? [h('th', { scope: 'col' }, L('เดิม', 'Before')), h('th', { scope: 'col' }, L('ใหม่', 'After'))] : [h('th', { scope: 'col' }, c.after !== undefined ? L('ค่า', 'Value') : L('ค่าเดิม', 'Was'))]))),
    h(
      'tbody',
      {},
      ...keys.map((k) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, say(FIELD_NAMES[k], k)),
          ...(both ? [h('td', { class: 'before' }, showValue(k, before[k], offices)), h('td', { class: 'after' }, showValue(k, after[k], offices))] : [h('td', {}, showValue(k, c.after !== undefined ? after[k] : before[k], offices))]),
        ),
      ),
    ),
  );
}

/** The audit entries as a table, newest first as the API gives them. */
export function auditList(changes: AdminChange[], offices: Office[]): HTMLElement {
  return h(
    'table',
    { class: 'audit', id: 'audit' },
    h('thead', {}, h('tr', {}, ...[L('เวลา', 'When'), L('ผู้ดำเนินการ', 'By'), L('การดำเนินการ', 'Action'), L('รายการ', 'Target'), L('การเปลี่ยนแปลง', 'Change')].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...changes.map((c) =>
        h(
          'tr',
          { 'data-action': c.action },
          h('td', {}, showDate(c.at, true)),
          h('td', {}, h('a', { href: `#/staff/audit?actor=${encodeURIComponent(c.actor)}`, title: L('เฉพาะผู้ดำเนินการนี้', 'Only this actor') }, c.actor)),
          h('td', {}, say(AUDIT_ACTIONS[c.action], c.action)),
          h('td', {}, targetLabel(c.target)),
          h('td', {}, changeTable(c, offices)),
        ),
      ),
    ),
  );
}

page('/staff/audit', async ({ query }) => {
  if (!requireRole(['admin'])) return h('p');
  const target = query.get('target') ?? '';
  const actor = query.get('actor') ?? '';
  const qs = new URLSearchParams(Object.entries({ target, actor }).filter(([, v]) => v)).toString();
  const [changes, offices] = await Promise.all([api<AdminChange[]>('GET', `/admin/audit${qs ? `?${qs}` : ''}`), api<Office[]>('GET', '/offices')]);

  const targetField = field('audit-target', L('รายการ', 'Target'), h('input', { value: target, spellcheck: 'false' }), L('รหัสผู้ใช้ (เช่น somchai.k) หรือรหัสรายการ เช่น OFFICE#BKK-01', 'A user id (e.g. somchai.k) or a target such as OFFICE#BKK-01'));
  const actorField = field('audit-actor', L('ผู้ดำเนินการ (รหัสผู้ใช้)', 'By (user id)'), h('input', { value: actor, spellcheck: 'false' }));
  const filters = h('form', { class: 'filters', id: 'audit-filters', role: 'search', 'aria-label': L('กรองประวัติ', 'Filter the trail') }, targetField.wrapper, actorField.wrapper, h('button', { type: 'submit', class: 'button secondary' }, L('แสดง', 'Show')), qs ? h('a', { href: '#/staff/audit', class: 'button secondary' }, L('ล้างตัวกรอง', 'Clear')) : null);
  filters.addEventListener('submit', (e) => {
    e.preventDefault();
    const t = targetField.input.value.trim();
    const next = new URLSearchParams(Object.entries({ target: t && !t.includes('#') ? `USER#${t}` : t, actor: actorField.input.value.trim() }).filter(([, v]) => v)).toString();
    navigate(`#/staff/audit${next ? `?${next}` : ''}`);
  });

  return h(
    'section',
    {},
    h('h1', {}, L('ประวัติการเปลี่ยนแปลงโดยผู้ดูแลระบบ', 'Audit trail')),
    h('p', { class: 'hint' }, L('ทุกการเปลี่ยนแปลงบัญชีและข้อมูลอ้างอิง เรียงจากล่าสุด', 'Every change to accounts and reference data, newest first')),
    filters,
    changes.length === 0 ? h('p', { id: 'audit-empty' }, L('ไม่มีรายการ', 'Nothing recorded')) : auditList(changes, offices),
  );
});
