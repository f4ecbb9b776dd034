// Reference data administration (admins): the offices and their mailboxes, the complaint topics,
// and the SLA policy (targets and warnings per complaint stage).
import { referenceAdminMessages } from '../../../shared/i18n/messages-reference-admin';
import type { SlaPolicy, SlaStage, SlaStagePolicy } from '../../../shared/domain/complaint-deadlines';
import type * as z from 'zod';
import type { topicSchema } from '../../../shared/schemas/reference-admin';
import type { Office } from '../../../shared/schemas/reference';
import { api, ApiProblem } from '../api';
import { h } from '../dom';
import { errorSummary, field, problemErrors, setBusy, setFieldError, statusLine, type ErrorTarget, type Field, type FormError } from '../forms';
import { L, lang } from '../i18n';
import { message, OFFICE_KINDS, say, SLA_STAGE_NAMES, useMessages } from '../labels';
import { forgetNotices } from '../notices';
import { navigate, page } from '../router';
import { requireRole } from '../session-ui';
import { staffMenu } from './portals';

// the codes this module says itself (its fields' checks); the API's answers carry their own words
useMessages(referenceAdminMessages);

staffMenu.push(
  { href: '#/staff/offices', th: 'สำนักงานและอีเมลของสำนักงาน', en: 'Offices and their mailboxes', roles: ['admin'] },
  { href: '#/staff/topics', th: 'หัวข้อเรื่องร้องเรียน', en: 'Complaint topics', roles: ['admin'] },
  { href: '#/staff/sla-policy', th: 'กำหนดเวลาดำเนินการเรื่องร้องเรียน', en: 'Complaint SLA policy', roles: ['admin'] },
);

const officeName = (o: Office) => (lang() === 'th' ? o.nameTh : o.nameEn);

/**
 * Offices that get their cases by their own mailbox; the others' mail goes to a deploy-time
 * mailbox (the same rule as the notices, shared/use-cases/admin-notices.ts, not importable here).
 */
const OWN_MAILBOX_KINDS: ReadonlySet<Office['kind']> = new Set(['bangkok-area', 'provincial']);
const lacksMailbox = (o: Office) => OWN_MAILBOX_KINDS.has(o.kind) && !o.email;
const mailboxCell = (o: Office): Node | string =>
  o.email ?? (lacksMailbox(o) ? h('span', { class: 'badge late' }, L('ไม่มีอีเมล', 'No mailbox')) : h('span', { class: 'hint' }, L('ใช้อีเมลของหน่วยงานที่ตั้งค่าไว้ตอนติดตั้งระบบ', 'Uses the mailbox set at deploy time')));

/** The errors of required text fields left empty, for the form's error summary (the fields' earlier errors cleared). */
function missing(...fields: Field[]): FormError[] {
  for (const f of fields) setFieldError(f, undefined);
  return fields.filter((f) => !f.input.value.trim()).map((f) => ({ target: f, message: message('REQUIRED') }));
}

// ---------------------------------------------------------------- offices

page('/staff/offices', async ({ query }) => {
  if (!requireRole(['admin'])) return h('p');
  const offices = await api<Office[]>('GET', '/offices', undefined, { fresh: true });
  const onlyMissing = query.get('missing') === '1';
  const shown = onlyMissing ? offices.filter(lacksMailbox) : offices;
  const missing = offices.filter(lacksMailbox).length;
  return h(
    'section',
    {},
    h('h1', {}, L('สำนักงานและอีเมลของสำนักงาน', 'Offices and their mailboxes')),
    h('p', { class: 'hint' }, L('เรื่องร้องเรียนใหม่แจ้งไปยังอีเมลของสำนักงานที่รับผิดชอบ สำนักงานที่ไม่มีอีเมลจะไม่ได้รับแจ้ง', 'New complaints are e-mailed to the responsible office; an office without a mailbox gets no mail')),
    h(
      'p',
      { class: 'menu' },
      h('a', { href: '#/staff/offices', class: onlyMissing ? 'button secondary' : 'button', 'aria-current': onlyMissing ? undefined : 'page' }, L(`ทั้งหมด (${offices.length})`, `All (${offices.length})`)),
      h('a', { href: '#/staff/offices?missing=1', class: onlyMissing ? 'button' : 'button secondary', 'aria-current': onlyMissing ? 'page' : undefined }, L(`ไม่มีอีเมล (${missing})`, `No mailbox (${missing})`)),
    ),
    h(
      'table',
      { id: 'offices' },
      h('thead', {}, h('tr', {}, ...[L('รหัส', 'Code'), L('ชื่อ', 'Name'), L('ประเภท', 'Kind'), L('อีเมล', 'Mailbox')].map((c) => h('th', { scope: 'col' }, c)), h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, L('แก้ไข', 'Edit'))))),
      h(
        'tbody',
        {},
        ...shown.map((o) =>
          h(
            'tr',
            { 'data-office': o.officeCode },
            h('th', { scope: 'row' }, o.officeCode),
            h('td', {}, officeName(o)),
            h('td', {}, say(OFFICE_KINDS[o.kind], o.kind)),
            h('td', {}, mailboxCell(o)),
            h('td', {}, h('a', { href: `#/staff/offices/${encodeURIComponent(o.officeCode)}`, 'aria-label': L(`แก้ไข ${o.officeCode}`, `Edit ${o.officeCode}`) }, L('แก้ไข', 'Edit'))),
          ),
        ),
      ),
    ),
  );
});

page('/staff/offices/:officeCode', async ({ params }) => {
  if (!requireRole(['admin'])) return h('p');
  const offices = await api<Office[]>('GET', '/offices', undefined, { fresh: true });
  const o = offices.find((x) => x.officeCode === params.officeCode);
  if (!o) return h('section', {}, h('h1', {}, message('OFFICE_NOT_FOUND')), h('p', {}, h('a', { href: '#/staff/offices' }, L('กลับไปรายการสำนักงาน', 'Back to the offices'))));
  const fields = {
    nameTh: field('nameTh', L('ชื่อภาษาไทย', 'Thai name'), h('input', { value: o.nameTh }), { required: true }),
    nameEn: field('nameEn', L('ชื่อภาษาอังกฤษ', 'English name'), h('input', { value: o.nameEn, lang: 'en' }), { required: true }),
    kind: field('kind', L('ประเภท', 'Kind'), h('select', {}, ...Object.entries(OFFICE_KINDS).map(([k, w]) => h('option', { value: k, selected: k === o.kind }, say(w))))),
    email: field('email', L('อีเมลของสำนักงาน', "The office's mailbox"), h('input', { type: 'email', value: o.email ?? '', autocomplete: 'off' }), { hint: L('อีเมลที่สำนักงานตรวจทุกวัน เรื่องร้องเรียนใหม่แจ้งมาที่นี่', 'A mailbox the office reads daily; new complaints are sent here'), required: true }),
  };
  const summary = errorSummary('office-errors');
  const result = statusLine('office-result');
  const submit = h('button', { type: 'submit', class: 'button' }, L('บันทึก', 'Save'));
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'office-form' },
    h('p', {}, h('a', { href: '#/staff/offices' }, L('← รายการสำนักงาน', '← Offices'))),
    h('h1', {}, `${o.officeCode} ${officeName(o)}`),
    summary.el,
    !lacksMailbox(o) ? null : h('p', { class: 'notice' }, L('สำนักงานนี้ยังไม่มีอีเมล จึงไม่ได้รับแจ้งเรื่องร้องเรียนทางอีเมล', 'This office has no mailbox, so it gets no complaint e-mails')),
    ...Object.values(fields).map((f) => f.wrapper),
    result.el,
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    result.say('');
    const email = fields.email.input.value.trim();
    const errors = missing(fields.nameTh, fields.nameEn, fields.email);
    if (errors.length) return summary.show(errors);
    summary.clear();
    setBusy(submit, true);
    try {
      await api('PUT', `/offices/${encodeURIComponent(o.officeCode)}`, { nameTh: fields.nameTh.input.value.trim(), nameEn: fields.nameEn.input.value.trim(), kind: fields.kind.input.value, email });
      forgetNotices();
      result.say(L('บันทึกแล้ว', 'Saved'), true);
      result.el.focus();
    } catch (err) {
      if (!(err instanceof ApiProblem)) throw err;
      summary.show(problemErrors(err.problem, fields));
    } finally {
      setBusy(submit, false);
    }
  });
  return form;
});

// ---------------------------------------------------------------- complaint topics

type Topic = z.output<typeof topicSchema>;

function topicForm(topic: Topic | undefined, index: number): HTMLElement {
  const id = (name: string) => `topic-${index}-${name}`;
  const code = topic ? undefined : field(id('code'), L('รหัสหัวข้อ', 'Topic code'), h('input', { spellcheck: 'false', lang: 'en' }), { hint: L('อักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือ - เช่น waiting-time (แก้ภายหลังไม่ได้)', 'Lower-case letters, digits or dashes, e.g. waiting-time (cannot be changed later)'), required: true });
  const nameTh = field(id('nameTh'), L('ชื่อภาษาไทย', 'Thai name'), h('input', { value: topic?.nameTh ?? '' }), { required: true });
  const nameEn = field(id('nameEn'), L('ชื่อภาษาอังกฤษ', 'English name'), h('input', { value: topic?.nameEn ?? '', lang: 'en' }), { required: true });
  const summary = errorSummary(id('errors'));
  const result = statusLine(id('result'));
  const submit = h('button', { type: 'submit', class: topic ? 'button secondary' : 'button' }, topic ? L('บันทึก', 'Save') : L('เพิ่มหัวข้อ', 'Add the topic'));
  const title = topic ? topic.code : L('เพิ่มหัวข้อใหม่', 'A new topic');
  const form = h('form', { class: 'form topic', novalidate: true, 'data-topic': topic?.code ?? '', 'aria-label': title }, h('h2', {}, title), summary.el, code?.wrapper, nameTh.wrapper, nameEn.wrapper, result.el, submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    result.say('');
    const errors = missing(...(code ? [code] : []), nameTh, nameEn);
    if (errors.length) return summary.show(errors);
    summary.clear();
    const topicCode = topic?.code ?? code!.input.value.trim();
    setBusy(submit, true);
    try {
      await api('PUT', `/complaint-topics/${encodeURIComponent(topicCode)}`, { nameTh: nameTh.input.value.trim(), nameEn: nameEn.input.value.trim() });
      if (!topic) return navigate(`#/staff/topics?saved=${encodeURIComponent(topicCode)}`);
      result.say(L('บันทึกแล้ว', 'Saved'), true);
    } catch (err) {
      if (!(err instanceof ApiProblem)) throw err;
      const fields: Record<string, ErrorTarget> = { nameTh, nameEn, ...(code ? { code } : {}) };
      summary.show(problemErrors(err.problem, fields));
    } finally {
      setBusy(submit, false);
    }
  });
  return form;
}

page('/staff/topics', async ({ query }) => {
  if (!requireRole(['admin'])) return h('p');
  const topics = await api<Topic[]>('GET', '/complaint-topics', undefined, { fresh: true });
  const saved = query.get('saved');
  return h(
    'section',
    {},
    h('h1', {}, L('หัวข้อเรื่องร้องเรียน', 'Complaint topics')),
    h('p', { class: 'hint' }, L('ชื่อหัวข้อแสดงในแบบฟอร์มร้องเรียนและรายงาน การแก้ชื่อไม่กระทบเรื่องที่บันทึกไว้แล้ว', 'Topic names appear on the complaint form and in reports; renaming does not change filed cases')),
    saved ? h('p', { class: 'ok', role: 'status' }, L(`เพิ่มหัวข้อ ${saved} แล้ว`, `Topic ${saved} added`)) : null,
    h('div', { class: 'stack', id: 'topics' }, ...topics.map((t, i) => topicForm(t, i))),
    topicForm(undefined, topics.length),
  );
});

// ---------------------------------------------------------------- SLA policy

const UNITS = {
  'working-days': { th: 'วันทำการ', en: 'working days' },
  days: { th: 'วัน (นับวันปฏิทิน)', en: 'calendar days' },
} as const;

page('/staff/sla-policy', async () => {
  if (!requireRole(['admin'])) return h('p');
  const policy = await api<SlaPolicy>('GET', '/sla-policy', undefined, { fresh: true });
  const rows = policy.stages.map((s) => {
    const p = `sla-${s.stage}`;
    const amount = field(`${p}-amount`, L('กำหนดเวลา', 'Target'), h('input', { type: 'number', min: '0.5', step: '0.5', inputmode: 'decimal', value: String(s.target.amount) }), { required: true });
    const unit = field(`${p}-unit`, L('หน่วย', 'Unit'), h('select', {}, ...Object.entries(UNITS).map(([u, w]) => h('option', { value: u, selected: u === s.target.unit }, say(w)))));
    const warn = field(`${p}-warn`, L('แจ้งเตือนล่วงหน้า (วันทำการ)', 'Warn ahead (working days)'), h('input', { type: 'number', min: '0', step: '0.5', inputmode: 'decimal', value: String(s.warnBefore.amount) }), { required: true });
    const fieldset = h('fieldset', { class: 'stage', 'data-stage': s.stage }, h('legend', {}, say(SLA_STAGE_NAMES[s.stage as SlaStage], s.stage)), amount.wrapper, unit.wrapper, warn.wrapper);
    return { stage: s.stage, amount, unit, warn, fieldset };
  });
  const summary = errorSummary('sla-errors');
  const result = statusLine('sla-result');
  const submit = h('button', { type: 'submit', class: 'button' }, L('บันทึกกำหนดเวลา', 'Save the policy'));
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'sla-form' },
    h('h1', {}, L('กำหนดเวลาดำเนินการเรื่องร้องเรียน', 'Complaint SLA policy')),
    summary.el,
    h('p', { class: 'hint' }, L('นับจากเวลาที่รับเรื่อง วันทำการคือ 08:30–16:30 น. ไม่รวมวันหยุดราชการ ใช้กับเรื่องที่รับหลังการบันทึก', 'Counted from receipt; working days are 08:30–16:30 without official holidays. Applies to cases received after saving.')),
    ...rows.map((r) => r.fieldset),
    result.el,
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    result.say('');
    const errors: FormError[] = [];
    const stages: SlaStagePolicy[] = rows.map((r) => {
      const amount = Number(r.amount.input.value);
      const warn = Number(r.warn.input.value);
      const unit = r.unit.input.value as SlaStagePolicy['target']['unit'];
      const badAmount = !r.amount.input.value || !(amount > 0) ? message('TOO_SMALL') : unit === 'days' && !Number.isInteger(amount) ? message('SLA_DAYS_WHOLE_NUMBER') : undefined;
      const badWarn = r.warn.input.value === '' || !(warn >= 0) ? message('TOO_SMALL') : undefined;
      setFieldError(r.amount, undefined);
      setFieldError(r.warn, undefined);
      if (badAmount) errors.push({ target: r.amount, message: badAmount });
      if (badWarn) errors.push({ target: r.warn, message: badWarn });
      return { stage: r.stage, target: { unit, amount }, warnBefore: { unit: 'working-days', amount: warn } };
    });
    if (errors.length) return summary.show(errors);
    summary.clear();
    setBusy(submit, true);
    try {
      await api('PUT', '/sla-policy', { stages });
      result.say(L('บันทึกกำหนดเวลาแล้ว', 'Policy saved'), true);
      result.el.focus();
    } catch (err) {
      if (!(err instanceof ApiProblem)) throw err;
      // errors come as stages.<index>.target.amount
      const fields: Record<string, ErrorTarget> = {};
      rows.forEach((r, i) => {
        fields[`stages.${i}.target.amount`] = r.amount;
        fields[`stages.${i}.target.unit`] = r.unit;
        fields[`stages.${i}.warnBefore.amount`] = r.warn;
      });
      summary.show(problemErrors(err.problem, fields));
    } finally {
      setBusy(submit, false);
    }
  });
  return form;
});
