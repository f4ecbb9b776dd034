// Complaints: the public form and tracking page, and the staff queue, case page and reports.
import { complaintMessages } from '../../../shared/i18n/messages-complaints';
import { credentialMessages } from '../../../shared/i18n/messages-credentials';
import type * as z from 'zod';
import type { topicSchema } from '../../../shared/schemas/reference-admin';
import { api, ApiProblem, downloadFile, session } from '../api';
import { dateTimePattern, readDateTimeField, showDate, showMonth } from '../dates';
import { h } from '../dom';
import { isBlockedEmailDomain, isValidEmail, normalizeEmail, normalizeThaiPhone } from '../../../shared/domain/contact';
import { normalizeHcode, normalizeHospitalCode } from '../../../shared/domain/hospital-codes';
import { hospitalCombobox } from '../combobox';
import { errorSummary, field, problemErrors, setBusy, setFieldError, type Field, type FormError } from '../forms';
import { L, lang } from '../i18n';
import { confirmAction } from '../dialog';
import { channelName, COMPLAINT_OUTCOMES, complaintStatusName, eventName, loadDirectory, message, outcomeName, PAUSE_REASONS, pauseReasonName, slaStageName, useMessages } from '../labels';
import { navigate, page } from '../router';
import { requireRole } from '../session-ui';
import { staffMenu } from './portals';
import type { complaintReport } from '../../../shared/use-cases/complaint-report';
import type { fileComplaint } from '../../../shared/use-cases/file-complaint';
import type { complaintForStaff, QueueItemView as QueueItem } from '../../../shared/use-cases/read-complaints';
import type { trackComplaint } from '../../../shared/use-cases/track-complaint';

// The API's answers, as the use cases that build them return them (types only: no server code in
// the bundle). None holds a Date: instants travel as ISO strings on both sides.
type Filed = Awaited<ReturnType<typeof fileComplaint>>;
type Tracked = Awaited<ReturnType<typeof trackComplaint>>;
/** functions/complaints/get-complaint.ts answers the case with its timeline and SLA state beside it. */
type ForStaff = Awaited<ReturnType<typeof complaintForStaff>>;
type CaseDetail = ForStaff['kase'] & Pick<ForStaff, 'timeline' | 'sla'>;
/** functions/reports/complaints-report.ts answers the period, the office asked for, the items read and the report, flat. */
type ReportAnswer = Awaited<ReturnType<typeof complaintReport>>;
type Report = ReportAnswer['period'] & Omit<ReportAnswer, 'period' | 'report'> & ReportAnswer['report'];

// the codes this module says itself (its fields' checks); the API's answers carry their own words
useMessages(complaintMessages, credentialMessages);

const STAFF = ['info-center', 'area-office', 'medical-bureau', 'legal', 'admin'];

staffMenu.push(
  { href: '#/staff/complaints', th: 'เรื่องร้องเรียน', en: 'Complaints', roles: STAFF },
  { href: '#/staff/complaints/new', th: 'บันทึกเรื่องร้องเรียน (สายด่วน/จดหมาย/อีเมล/walk-in)', en: 'Enter a complaint (hotline/letter/e-mail/walk-in)', roles: ['info-center', 'area-office', 'admin'] },
  { href: '#/staff/reports', th: 'รายงานเรื่องร้องเรียน', en: 'Complaint reports', roles: STAFF },
);

function complaintForm(staff: boolean): HTMLElement {
  const topics = h('select', {}, h('option', { value: '' }, L('— เลือกหัวข้อ —', '— choose —')));
  void api<Topic[]>('GET', '/complaint-topics').then((list) =>
    topics.append(...list.map((tp) => h('option', { value: tp.code }, lang() === 'th' ? tp.nameTh : tp.nameEn))),
  );
  const hospital = hospitalCombobox('hospitalCode', L('สถานพยาบาลที่ร้องเรียน', 'The hospital you complain about'), { required: true });
  const contactHint = staff ? undefined : L('กรอกโทรศัพท์หรืออีเมลอย่างน้อยหนึ่งช่อง เพื่อให้เราแจ้งผลกลับได้', 'Give a phone or an e-mail (at least one) so we can tell you the outcome');
  const fields: Record<string, Field> = {
    ...(staff
      ? {
          channel: field('channel', L('ช่องทาง', 'Channel'), h('select', {}, ...['hotline', 'letter', 'email', 'walk-in'].map((c) => h('option', { value: c }, channelName(c)))), { required: true }),
          receivedAt: field('receivedAt', L('วันเวลาที่รับเรื่อง (ถ้าไม่ใช่ตอนนี้ เวลาประเทศไทย)', 'Received at (if not now, Bangkok time)'), h('input', { placeholder: dateTimePattern(), autocomplete: 'off' })),
        }
      : {}),
    hospitalCode: hospital,
    topic: field('topic', L('เรื่องที่ร้องเรียน', 'Topic'), topics, { required: true }),
    description: field('description', L('รายละเอียด', 'What happened'), h('textarea', { rows: 6, maxlength: 5000 }), { required: true }),
    'complainant.name': field('complainant.name', L('ชื่อ-นามสกุลผู้ร้องเรียน', 'Your name'), h('input', { autocomplete: 'name' }), { required: true }),
    'complainant.phone': field('complainant.phone', L('โทรศัพท์', 'Phone'), h('input', { type: 'tel', autocomplete: 'tel' }), contactHint ? { hint: contactHint } : {}),
    'complainant.email': field('complainant.email', L('อีเมล (จะแจ้งความคืบหน้าทางอีเมล)', 'E-mail (we write to you there)'), h('input', { type: 'email', autocomplete: 'email' })),
  };
  const summary = errorSummary('complaint-errors');
  const submit = h('button', { type: 'submit', class: 'button' }, L('ส่งเรื่องร้องเรียน', 'Send'));
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'complaint-form' },
    h('h1', {}, staff ? L('บันทึกเรื่องร้องเรียน', 'Enter a complaint') : L('ร้องเรียนการให้บริการของสถานพยาบาล', 'Complain about a hospital')),
    summary.el,
    h('p', { class: 'hint' }, L('ข้อมูลส่วนบุคคลของท่านจะใช้เพื่อติดต่อกลับเรื่องนี้เท่านั้น', 'Your personal data is used only to follow up this complaint')),
    ...Object.values(fields).map((f) => f.wrapper),
    submit,
  );
  const v = (k: string) => (k === 'hospitalCode' ? hospital.value() : (fields[k]?.input.value.trim() ?? ''));
  /** The checks worth making before the API (it stays the authority): what is missing, and the contact's shape. */
  const check = (): FormError[] => {
    const errors: FormError[] = [];
    for (const k of ['hospitalCode', 'topic', 'description', 'complainant.name']) {
      setFieldError(fields[k]!, undefined);
      if (!v(k)) errors.push({ target: fields[k]!, message: k === 'hospitalCode' ? L('กรุณาเลือกสถานพยาบาลจากรายการ', 'Choose the hospital from the list') : message('REQUIRED') });
    }
    if (v('hospitalCode') && !hospital.chosen() && !normalizeHospitalCode(v('hospitalCode')) && !normalizeHcode(v('hospitalCode'))) {
      errors.push({ target: hospital, message: L('ไม่พบสถานพยาบาลนี้ กรุณาพิมพ์ชื่อแล้วเลือกจากรายการ', 'Type part of the name and choose the hospital from the list') });
    }
    for (const k of ['complainant.phone', 'complainant.email']) setFieldError(fields[k]!, undefined);
    if (v('complainant.phone') && !normalizeThaiPhone(v('complainant.phone'))) errors.push({ target: fields['complainant.phone']!, message: message('PHONE_INVALID') });
    const email = normalizeEmail(v('complainant.email'));
    if (email && !isValidEmail(email)) errors.push({ target: fields['complainant.email']!, message: message('INVALID_EMAIL') });
    else if (email && isBlockedEmailDomain(email)) errors.push({ target: fields['complainant.email']!, message: message('EMAIL_DOMAIN_NOT_ALLOWED') });
    if (!staff && !v('complainant.phone') && !v('complainant.email')) errors.push({ target: fields['complainant.phone']!, message: message('CONTACT_REQUIRED') });
    return errors;
  };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const errors = check();
    if (errors.length) return summary.show(errors);
    summary.clear();
    const body = {
      channel: staff ? v('channel') : 'web',
      hospitalCode: v('hospitalCode'),
      topic: v('topic'),
      description: v('description'),
      complainant: { name: v('complainant.name'), ...(v('complainant.phone') ? { phone: v('complainant.phone') } : {}), ...(v('complainant.email') ? { email: v('complainant.email') } : {}) },
      // typed in the reader's era, Bangkok time; what cannot be read goes as typed, for the API to say why
      ...(staff && v('receivedAt') ? { receivedAt: readDateTimeField(v('receivedAt')) ?? v('receivedAt') } : {}),
    };
    setBusy(submit, true);
    try {
      const filed = await api<Filed>('POST', '/complaints', body);
      navigate(staff ? `#/staff/complaints/${filed.complaintId}` : `#/complaints/track/${filed.trackingCode}?new=1`);
    } catch (err) {
      summary.show(err instanceof ApiProblem ? problemErrors(err.problem, fields) : [{ message: L('ส่งไม่สำเร็จ กรุณาลองใหม่', 'Not sent; please try again') }]);
    } finally {
      setBusy(submit, false);
    }
  });
  return form;
}

page('/complaints/new', () => complaintForm(false));
page('/staff/complaints/new', () => (requireRole(['info-center', 'area-office', 'admin']) ? complaintForm(true) : h('p')));

page('/complaints/track', () => {
  const code = field('trackingCode', L('รหัสติดตาม', 'Tracking code'), h('input', { placeholder: 'XXXXX-XXXXX', autocomplete: 'off' }));
  const form = h('form', { class: 'form narrow' }, h('h1', {}, L('ติดตามเรื่องร้องเรียน', 'Follow a complaint')), code.wrapper, h('button', { type: 'submit', class: 'button' }, L('ค้นหา', 'Find')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate(`#/complaints/track/${encodeURIComponent(code.input.value.trim())}`);
  });
  return form;
});

page('/complaints/track/:code', async ({ params, query }) => {
  const t = await api<Tracked>('GET', `/complaints/track/${encodeURIComponent(params.code ?? "")}`);
  return h(
    'section',
    { class: 'card', id: 'tracking' },
    query.get('new') ? h('p', { class: 'ok', role: 'status' }, L('ได้รับเรื่องร้องเรียนของท่านแล้ว กรุณาเก็บรหัสติดตามไว้', 'Your complaint was received; keep the tracking code')) : null,
    h('h1', {}, L('เรื่องร้องเรียน', 'Complaint'), ' ', h('span', { id: 'tracking-code' }, t.trackingCode)),
    h('p', {}, h('span', { class: `badge ${t.status}`, id: 'tracking-status' }, complaintStatusName(t.status))),
    h('p', {}, L('รับเรื่องเมื่อ', 'Received'), ': ', showDate(t.receivedAt, true)),
    h('p', {}, L('หน่วยงานที่รับผิดชอบ', 'Responsible office'), ': ', (lang() === 'th' ? t.office.nameTh : t.office.nameEn) ?? t.office.officeCode),
    h(
      'table',
      {},
      h('tr', {}, h('th', {}, L('ขั้นตอน', 'Step')), h('th', {}, L('กำหนด', 'Due')), h('th', {}, L('สถานะ', 'Status'))),
      ...t.stages.map((s) => h('tr', {}, h('td', {}, slaStageName(s.stage)), h('td', {}, showDate(s.dueAt, true), s.provisional ? L(' (ชั่วคราว)', ' (provisional)') : ''), h('td', {}, complaintStatusName(s.status), s.doneAt ? ` ${showDate(s.doneAt, true)}` : ''))),
    ),
    t.closedAt ? h('p', {}, L('ยุติเรื่องเมื่อ', 'Closed'), ': ', showDate(t.closedAt, true), ' — ', outcomeName(t.outcome ?? '')) : null,
  );
});

/** Who did a timeline step: staff by their user id, the public and the system in words. */
const actorName = (actor: string) => (actor === 'public' ? L('ผู้ร้องเรียน', 'the complainant') : actor === 'system' ? L('ระบบ', 'the system') : actor);

type Topic = z.output<typeof topicSchema>;
const complaintTopics = () => api<Topic[]>('GET', '/complaint-topics').catch((): Topic[] => []);
const topicName = (topics: Topic[], code: string) => {
  const tp = topics.find((x) => x.code === code);
  return tp ? L(tp.nameTh, tp.nameEn) : code;
};

/** "2 วัน 3 ชม." until (or since) a due time. */
function countdown(dueAt: string): { text: string; overdue: boolean } {
  const ms = Date.parse(dueAt) - Date.now();
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86400_000);
  const hours = Math.floor((abs % 86400_000) / 3600_000);
  const span = days > 0 ? L(`${days} วัน ${hours} ชม.`, `${days}d ${hours}h`) : L(`${hours} ชม.`, `${hours}h`);
  return ms >= 0 ? { text: L(`อีก ${span}`, `in ${span}`), overdue: false } : { text: L(`เกิน ${span}`, `${span} overdue`), overdue: true };
}

page('/staff/complaints', async ({ query }) => {
  if (!requireRole(STAFF)) return h('p');
  const status = query.get('status') ?? 'open';
  const [items, names] = await Promise.all([api<QueueItem[]>('GET', `/complaints?status=${status}`), loadDirectory()]);
  const office = session()?.user.officeCode;
  return h(
    'section',
    {},
    h('h1', {}, L('เรื่องร้องเรียน', 'Complaints'), office ? ` — ${names.office(office)}` : ''),
    h('p', { class: 'menu' }, ...['open', 'paused', 'closed'].map((s) => h('a', { href: `#/staff/complaints?status=${s}`, class: s === status ? 'button' : 'button secondary' }, complaintStatusName(s)))),
    items.length === 0
      ? h('p', {}, L('ไม่มีเรื่องในสถานะนี้', 'Nothing here'))
      : h(
          'table',
          { id: 'complaint-queue' },
          h('tr', {}, ...[L('รหัสติดตาม', 'Tracking'), L('รับเมื่อ', 'Received'), L('สถานพยาบาล', 'Hospital'), L('สำนักงาน', 'Office'), L('ช่องทาง', 'Channel'), L('ขั้นตอนถัดไป', 'Next step')].map((c) => h('th', {}, c))),
          ...items.map((c) => {
            const next = c.stages.find((s) => s.status === 'open');
            const cd = next ? countdown(next.dueAt) : undefined;
            return h(
              'tr',
              { class: cd?.overdue ? 'overdue' : '' },
              h('td', {}, h('a', { href: `#/staff/complaints/${c.complaintId}` }, c.trackingCode)),
              h('td', {}, showDate(c.receivedAt, true)),
              h('td', {}, names.hospital(c.hospitalCode)),
              h('td', {}, names.office(c.officeCode)),
              h('td', {}, channelName(c.channel)),
              h('td', {}, next ? h('span', {}, slaStageName(next.stage), ' ', h('span', { class: `badge ${cd!.overdue ? 'overdue' : 'ok'}` }, cd!.text)) : '–'),
            );
          }),
        ),
  );
});

/** The action that moves a case on, by the stage that is due next. */
const NEXT_ACTION: Record<string, { action: string; th: string; en: string }> = {
  route: { action: 'escalate', th: 'ส่งต่อหน่วยงานที่รับผิดชอบ', en: 'Forward to the responsible office' },
  acknowledge: { action: 'acknowledge', th: 'ติดต่อผู้ร้องเรียนแล้วกดบันทึกว่าติดต่อแล้ว', en: 'Contact the complainant, then record it' },
  'report-back': { action: 'report-to-complainant', th: 'แจ้งผลการดำเนินการแก่ผู้ร้องเรียน (เขียนผลในช่องข้อความ)', en: 'Report the outcome to the complainant (write it in the note)' },
};

page('/staff/complaints/:id', async ({ params }) => {
  if (!requireRole(STAFF)) return h('p');
  const [c, names, topics] = await Promise.all([api<CaseDetail>('GET', `/complaints/${params.id}`), loadDirectory(), complaintTopics()]);
  const note = field('note', L('ข้อความ / ผลการดำเนินการ', 'Note / outcome text'), h('textarea', { rows: 3 }), L('จำเป็นสำหรับ "บันทึก" และ "แจ้งผลผู้ร้อง"', 'Needed to add a note and to report to the complainant'));
  const reason = field('reason', L('เหตุผลที่หยุดนับเวลา/ส่งต่อ', 'Reason to pause or escalate'), h('select', {}, h('option', { value: '' }, '—'), ...Object.keys(PAUSE_REASONS).map((r) => h('option', { value: r }, pauseReasonName(r)))));
  const escalationTargets = ['LEGAL', 'MSB', ...Array.from({ length: 12 }, (_, i) => `BKK-${String(i + 1).padStart(2, '0')}`)];
  const to = field('to', L('ส่งต่อ/ขอความร่วมมือ', 'Escalate to'), h('select', {}, h('option', { value: '' }, '—'), ...escalationTargets.map((r) => h('option', { value: r }, names.office(r)))));
  const outcome = field('outcome', L('ผลการยุติเรื่อง', 'Outcome'), h('select', {}, h('option', { value: '' }, '—'), ...Object.keys(COMPLAINT_OUTCOMES).map((k) => h('option', { value: k }, outcomeName(k)))), L('จำเป็นเมื่อยุติเรื่อง', 'Needed to close the case'));
  const actionFields = { note, reason, to, outcome };
  const summary = errorSummary('action-errors');
  /** What each action needs, checked before asking (the API checks again). */
  const needs: Record<string, keyof typeof actionFields> = { note: 'note', 'report-to-complainant': 'note', pause: 'reason', escalate: 'to', close: 'outcome' };
  const run = async (action: string) => {
    const body: Record<string, string> = { action };
    for (const [k, f] of Object.entries(actionFields)) if (f.input.value.trim()) body[k] = f.input.value.trim();
    if (action === 'escalate' && body.reason === undefined && body.note) body.reason = body.note;
    const needed = needs[action];
    if (needed && !body[needed]) {
      return summary.show([{ target: actionFields[needed], message: message('REQUIRED') }]);
    }
    if (action === 'escalate' && !body.reason) return summary.show([{ target: reason, message: message('REASON_REQUIRED') }]);
    summary.clear();
    if (action === 'close') {
      const sure = await confirmAction({
        title: L(`ยุติเรื่อง ${c.trackingCode}?`, `Close ${c.trackingCode}?`),
        text: [
          L(`ผลการยุติเรื่อง: ${outcomeName(body.outcome!)}`, `Outcome: ${outcomeName(body.outcome!)}`),
          L('กำหนดเวลาที่ยังเปิดอยู่จะหยุดทั้งหมด และจะดำเนินการกับเรื่องนี้ต่อไม่ได้อีก (ยุติแล้วเปิดใหม่ไม่ได้)', 'Every open deadline stops and no further action can be taken on this case (a closed case cannot be reopened).'),
          c.complainant.email ? L('ผู้ร้องเรียนจะได้รับอีเมลแจ้งว่ายุติเรื่องแล้ว', 'The complainant is e-mailed that the case is closed.') : L('ผู้ร้องเรียนจะเห็นสถานะ "ยุติเรื่องแล้ว" เมื่อติดตามเรื่อง', 'The complainant sees "Closed" when they follow the case.'),
        ],
        confirm: L('ยุติเรื่อง', 'Close the case'),
        danger: true,
      });
      if (!sure) return;
    }
    try {
      await api('POST', `/complaints/${c.complaintId}/actions`, body);
      navigate(`#/staff/complaints/${c.complaintId}?t=${Date.now()}`);
    } catch (err) {
      summary.show(err instanceof ApiProblem ? problemErrors(err.problem, actionFields) : [{ message: L('บันทึกไม่สำเร็จ กรุณาลองใหม่', 'Not saved; please try again') }]);
    }
  };
  const button = (action: string, label: string, primary = false) => h('button', { type: 'button', class: primary ? 'button' : 'button secondary', id: `action-${action}`, onclick: () => void run(action) }, label);
  const nextStage = c.sla.find((s) => s.status === 'open');
  const next = nextStage ? NEXT_ACTION[nextStage.stage] : undefined;
  const due = nextStage ? countdown(nextStage.dueAt) : undefined;
  const todo =
    c.status === 'closed'
      ? h('p', {}, L('เรื่องนี้ยุติแล้ว ผล: ', 'This case is closed. Outcome: '), outcomeName(c.outcome ?? ''))
      : c.status === 'paused'
        ? h('p', {}, L('หยุดนับเวลาอยู่ เมื่อได้สิ่งที่รอแล้ว ให้กด "นับเวลาต่อ"', 'The clock is paused; when what you waited for arrives, resume it.'))
        : nextStage && next
          ? h('p', {}, h('strong', {}, L(next.th, next.en)), ' — ', L('ภายใน', 'by'), ' ', showDate(nextStage.dueAt, true), ' ', h('span', { class: `badge ${due!.overdue ? 'overdue' : 'ok'}` }, due!.text))
          : h('p', {}, L('ดำเนินการครบทุกขั้นตอนแล้ว เลือกผลแล้วยุติเรื่อง', 'Every step is done: choose the outcome and close the case.'));
  const primary = c.status === 'paused' ? 'resume' : (next?.action ?? 'close');
  const actions: Array<[string, string]> = [
    ['acknowledge', L('ติดต่อผู้ร้องแล้ว', 'Complainant contacted')],
    ['report-to-complainant', L('แจ้งผลผู้ร้อง', 'Report to complainant')],
    ['note', L('บันทึก', 'Add note')],
    c.status === 'paused' ? ['resume', L('นับเวลาต่อ', 'Resume')] : ['pause', L('หยุดนับเวลา', 'Pause')],
    ['escalate', L('ส่งต่อ', 'Escalate')],
    ['close', L('ยุติเรื่อง…', 'Close…')],
  ];
  return h(
    'section',
    {},
    h('h1', {}, L('เรื่องร้องเรียน', 'Complaint'), ' ', c.trackingCode),
    h('section', { class: 'card next-step', id: 'next-step', 'aria-labelledby': 'next-step-title' }, h('h2', { id: 'next-step-title' }, L('สิ่งที่ต้องทำต่อไป', 'What to do next')), todo),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, L('สถานะ', 'Status')), h('dd', {}, h('span', { class: `badge ${c.status}` }, complaintStatusName(c.status))),
      h('dt', {}, L('สถานพยาบาล', 'Hospital')), h('dd', {}, names.hospital(c.hospitalCode)),
      h('dt', {}, L('หน่วยงานที่รับผิดชอบ', 'Responsible office')), h('dd', {}, names.office(c.officeCode)),
      h('dt', {}, L('เรื่อง', 'Topic')), h('dd', {}, topicName(topics, c.topic)),
      h('dt', {}, L('ช่องทาง', 'Channel')), h('dd', {}, channelName(c.channel)),
      h('dt', {}, L('ผู้ร้องเรียน', 'Complainant')), h('dd', {}, `${c.complainant.name}${c.complainant.phone ? ` · ${c.complainant.phone}` : ''}${c.complainant.email ? ` · ${c.complainant.email}` : ''}`),
    ),
    h('p', {}, c.description),
    c.status !== 'closed'
      ? h(
          'div',
          { class: 'form' },
          h('h2', {}, L('ดำเนินการ', 'Act on the case')),
          summary.el,
          note.wrapper,
          reason.wrapper,
          to.wrapper,
          outcome.wrapper,
          h('div', { class: 'menu' }, ...actions.map(([a, label]) => button(a, label, a === primary))),
        )
      : null,
    h('h2', {}, L('กำหนดเวลา', 'Deadlines')),
    h(
      'table',
      { id: 'sla' },
      h('tr', {}, h('th', {}, L('ขั้นตอน', 'Step')), h('th', {}, L('กำหนด', 'Due')), h('th', {}, L('สถานะ', 'Status'))),
      ...c.sla.map((s) =>
        h('tr', { class: s.overdue || s.breached ? 'overdue' : '' }, h('td', {}, slaStageName(s.stage)), h('td', {}, showDate(s.dueAt, true)), h('td', {}, complaintStatusName(s.status), s.breached ? L(' · เกินกำหนด', ' · breached') : '', s.status === 'open' ? ` · ${countdown(s.dueAt).text}` : '')),
      ),
    ),
    h('h2', {}, L('ลำดับเหตุการณ์', 'Timeline')),
    h(
      'ol',
      { id: 'timeline' },
      ...c.timeline.map((e) =>
        h(
          'li',
          {},
          `${showDate(e.at, true)} — ${eventName(e.type)}${e.stage ? ` (${slaStageName(e.stage)})` : ''}${e.to ? ` → ${names.office(e.to)}` : ''}${e.outcome ? `: ${outcomeName(e.outcome)}` : ''} · ${actorName(e.actor)}${e.note ? `: ${e.note}` : ''}${e.reason ? ` [${pauseReasonName(e.reason)}]` : ''}`,
        ),
      ),
    ),
  );
});

page('/staff/reports', async ({ query }) => {
  if (!requireRole(STAFF)) return h('p');
  const month = query.get('month') ?? new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
  const fiscalYear = query.get('fiscalYear');
  const qs = fiscalYear ? `fiscalYear=${fiscalYear}` : `month=${month}`;
  const [report, names, topics] = await Promise.all([
    api<Report>('GET', `/reports/complaints?${qs}`),
    loadDirectory(),
    complaintTopics(),
  ]);
  const max = Math.max(1, ...report.hospitals.map((r) => r.total));
  const bar = (n: number) => {
    const el = h('span', { class: 'bar' });
    el.style.width = `${(n / max) * 100}%`;
    return el;
  };
  const name = `complaints-${fiscalYear ? `FY${fiscalYear}` : month}`;
  const download = h('button', { type: 'button', class: 'button secondary', id: 'csv' }, L('ดาวน์โหลด CSV', 'Download CSV'));
  download.addEventListener('click', () => void downloadFile(`/reports/complaints?${qs}`, 'text/csv', `${name}.csv`));
  const downloadPdf = h('button', { type: 'button', class: 'button secondary', id: 'pdf' }, L('ดาวน์โหลด PDF', 'Download PDF'));
  downloadPdf.addEventListener('click', () => void downloadFile(`/reports/complaints?${qs}`, 'application/pdf', `${name}.pdf`));
  // the last two years' months, named in the reader's era (a native month picker shows the browser's calendar)
  const months = Array.from({ length: 24 }, (_, i) => {
    const d = new Date(Date.now() + 7 * 3600_000);
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - i);
    return d.toISOString().slice(0, 7);
  });
  if (!months.includes(month)) months.unshift(month);
  const monthInput = h('select', { id: 'report-month', 'aria-label': L('เดือนของรายงาน', 'Report month') }, ...months.map((m) => h('option', { value: m, selected: m === month }, showMonth(m))));
  monthInput.addEventListener('change', () => navigate(`#/staff/reports?month=${monthInput.value}`));
  return h(
    'section',
    {},
    h('h1', {}, L('รายงานเรื่องร้องเรียน', 'Complaint report'), ' ', fiscalYear ? L(`ปีงบประมาณ ${fiscalYear}`, `fiscal year ${fiscalYear}`) : showMonth(month)),
    h('div', { class: 'menu' }, monthInput, download, downloadPdf),
    h('p', {}, L(`ทั้งหมด ${report.total.total} เรื่อง · ยุติแล้ว ${report.total.closed} · เกินกำหนด ${report.total.slaBreaches} ครั้ง`, `${report.total.total} complaints · ${report.total.closed} closed · ${report.total.slaBreaches} SLA breaches`)),
    h(
      'table',
      { id: 'report-hospitals' },
      h('tr', {}, ...[L('สถานพยาบาล', 'Hospital'), L('จำนวน', 'Total'), L('แผนภูมิ', 'Chart'), L('ยุติแล้ว', 'Closed'), L('เกินกำหนด', 'Breaches'), L('ตามหัวข้อ', 'By topic')].map((c) => h('th', {}, c))),
      ...report.hospitals.map((r) => h('tr', {}, h('td', {}, names.hospital(r.key)), h('td', {}, r.total), h('td', { class: 'chart' }, bar(r.total)), h('td', {}, r.closed), h('td', {}, r.slaBreaches), h('td', {}, Object.entries(r.byTopic).map(([k, v]) => `${topicName(topics, k)}: ${v}`).join(', ')))),
    ),
  );
});
