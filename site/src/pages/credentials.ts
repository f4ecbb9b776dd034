// Credential requests: the hospital's request form with the signed PDF upload, the status page,
// and the officers' queue and decision (activation is in passwords.ts).
import { credentialRequestFields } from '../../../shared/schemas/credentials';
import { zodToFieldErrors } from '../../../shared/http/zod-errors';
import { t as message } from '../../../shared/i18n/messages';
import { api, ApiProblem, sha256Hex, uploadFile } from '../api';
import { showDate } from '../dates';
import { h } from '../dom';
import { field, setFieldError, showProblem, type Field } from '../forms';
import { lang } from '../i18n';
import { navigate, page } from '../router';
import { requireRole } from '../session-ui';
import { hospitalMenu, staffMenu } from './portals';

const L = (th: string, en: string) => (lang() === 'th' ? th : en);

hospitalMenu.push({ href: '#/hospital/credentials/new', th: 'ขอรหัสผู้ใช้ระบบตรวจสอบสิทธิการรักษาพยาบาล', en: 'Request an entitlement-check user id' });
staffMenu.push({ href: '#/staff/credentials', th: 'คำขอรหัสผู้ใช้ระบบตรวจสอบสิทธิ', en: 'Credential requests', roles: ['credentials-officer', 'admin'] });

const PURPOSES = {
  new: { th: 'ขอรหัสผู้ใช้ใหม่', en: 'New user id' },
  reuse: { th: 'ขอใช้รหัสผู้ใช้เดิม (ถูกยกเลิกเพราะไม่ได้ใช้งานเกิน 6 เดือน)', en: 'Reuse an old user id (revoked after 6 months unused)' },
  cancel: { th: 'ขอยกเลิกรหัสผู้ใช้', en: 'Cancel a user id' },
} as const;

const STATUS = {
  draft: { th: 'ยังไม่ได้ยื่น', en: 'Draft' },
  submitted: { th: 'ยื่นแล้ว รอพิจารณา', en: 'Submitted, awaiting decision' },
  approved: { th: 'อนุมัติแล้ว', en: 'Approved' },
  rejected: { th: 'ไม่อนุมัติ', en: 'Not approved' },
} as const;

type FieldName = keyof typeof credentialRequestFields;

function checkField(name: FieldName, f: Field): boolean {
  const value = f.input.value.trim();
  if (!value && (name === 'networkHospitalCode' || name === 'userId')) {
    setFieldError(f, undefined);
    return true;
  }
  const result = credentialRequestFields[name].safeParse(value);
  if (result.success) {
    setFieldError(f, undefined);
    return true;
  }
  const first = zodToFieldErrors(result.error, '')[0];
  setFieldError(f, first ? message(first.code, lang()) : undefined);
  return false;
}

page('/hospital/credentials/new', () => {
  const input = (type = 'text', extra: Record<string, string> = {}) => h('input', { type, ...extra });
  const fields: Record<string, Field> = {
    nationalId: field('nationalId', L('เลขประจำตัวประชาชน 13 หลัก', 'National ID (13 digits)'), input('text', { inputmode: 'numeric', autocomplete: 'off' })),
    title: field('title', L('คำนำหน้าชื่อ', 'Title (in Thai)'), input('text', { placeholder: 'นาย / นาง / นางสาว' })),
    firstNameTh: field('firstNameTh', L('ชื่อ (ภาษาไทย)', 'First name (Thai)'), input()),
    lastNameTh: field('lastNameTh', L('นามสกุล (ภาษาไทย)', 'Last name (Thai)'), input()),
    firstNameEn: field('firstNameEn', L('ชื่อ (ภาษาอังกฤษ)', 'First name (English)'), input()),
    lastNameEn: field('lastNameEn', L('นามสกุล (ภาษาอังกฤษ)', 'Last name (English)'), input()),
    position: field('position', L('ตำแหน่ง', 'Position'), input()),
    hospitalCode: field('hospitalCode', L('รหัสสถานพยาบาลคู่สัญญาหลัก (7 หลัก)', 'Main contractor hospital code (7 digits)'), input('text', { inputmode: 'numeric' })),
    networkHospitalCode: field(
      'networkHospitalCode',
      L('รหัสสถานพยาบาลเครือข่าย (ถ้ามี)', 'Network hospital code (if any)'),
      input('text', { inputmode: 'numeric' }),
      L('สถานพยาบาลเครือข่ายยื่นคำขอผ่านสถานพยาบาลคู่สัญญาหลัก', 'Network hospitals request through their main contractor'),
    ),
    purpose: field(
      'purpose',
      L('ประเภทคำขอ', 'Purpose'),
      h('select', {}, ...Object.entries(PURPOSES).map(([value, label]) => h('option', { value }, label[lang()]))),
    ),
    userId: field('userId', L('รหัสผู้ใช้เดิม (เฉพาะขอใช้รหัสเดิม/ยกเลิก)', 'Existing user id (reuse/cancel only)'), input()),
    phone: field('phone', L('หมายเลขโทรศัพท์', 'Phone'), input('tel', { autocomplete: 'tel' })),
    email: field('email', L('อีเมล (แจ้งผลทางอีเมลนี้)', 'E-mail (the result goes here)'), input('email', { autocomplete: 'email' }), L('ไม่รับอีเมล Yahoo', 'Yahoo addresses are not accepted')),
  };
  const file = h('input', { type: 'file', accept: 'application/pdf,.pdf' });
  const fileField = field('signedForm', L('แบบคำขอที่ผู้อำนวยการสถานพยาบาลหลักลงนามแล้ว (PDF ไม่เกิน 5 MB)', 'The form signed by the main contractor director (PDF, max 5 MB)'), file);
  const progress = h('progress', { id: 'upload-progress', max: 1, value: 0, hidden: true });
  const formError = h('p', { class: 'error', role: 'alert', id: 'form-error' });
  const submit = h('button', { type: 'submit', class: 'button' }, L('ยื่นคำขอ', 'Submit request'));

  for (const [name, f] of Object.entries(fields)) {
    f.input.addEventListener('blur', () => f.input.value && checkField(name as FieldName, f));
    f.input.addEventListener('input', () => f.input.getAttribute('aria-invalid') === 'true' && checkField(name as FieldName, f));
  }

  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'credential-form' },
    h('h1', {}, L('แบบขอใช้บริการระบบตรวจสอบการใช้สิทธิรักษาพยาบาล', 'Request for the entitlement-check system')),
    ...Object.values(fields).map((f) => f.wrapper),
    fileField.wrapper,
    progress,
    formError,
    submit,
  );

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    formError.textContent = '';
    const ok = Object.entries(fields).map(([n, f]) => checkField(n as FieldName, f)).every(Boolean);
    const pdf = file.files?.[0];
    setFieldError(fileField, !pdf ? message('REQUIRED', lang()) : pdf.size > 5 * 1024 * 1024 ? message('FILE_TOO_LARGE', lang()) : undefined);
    if (!ok || !pdf || pdf.size > 5 * 1024 * 1024) return;
    const body: Record<string, string> = {};
    for (const [name, f] of Object.entries(fields)) if (f.input.value.trim()) body[name] = f.input.value.trim();
    submit.setAttribute('disabled', '');
    try {
      const created = await api<{ requestId: string; upload: { url: string; method: string; headers: Record<string, string> } }>('POST', '/credential-requests', body);
      progress.hidden = false;
      const sha256 = await sha256Hex(pdf);
      await uploadFile(created.upload, pdf, (p) => progress.setAttribute('value', String(p)));
      await api('POST', `/credential-requests/${created.requestId}/submit`, { sha256 });
      navigate(`#/credentials/${created.requestId}`);
    } catch (err) {
      if (err instanceof ApiProblem) formError.textContent = showProblem(err.problem, { ...fields, signedForm: fileField }).join(' ');
      else formError.textContent = L('อัปโหลดไฟล์ไม่สำเร็จ กรุณาลองใหม่', 'The upload failed; please try again');
    } finally {
      submit.removeAttribute('disabled');
    }
  });
  return form;
});

page('/credentials/:requestId', async ({ params }) => {
  const s = await api<{ requestId: string; status: keyof typeof STATUS; createdAt: string; submittedAt?: string; decidedAt?: string }>(
    'GET',
    `/credential-requests/${params.requestId}/status`,
  );
  return h(
    'section',
    { class: 'card' },
    h('h1', {}, L('สถานะคำขอ', 'Request status')),
    h('p', {}, L('เลขที่คำขอ', 'Request'), ': ', h('strong', { id: 'request-id' }, s.requestId)),
    h('p', {}, h('span', { class: `badge ${s.status}`, id: 'request-status' }, STATUS[s.status][lang()])),
    h('p', {}, L('สร้างเมื่อ', 'Created'), ': ', showDate(s.createdAt, true)),
    s.submittedAt ? h('p', {}, L('ยื่นเมื่อ', 'Submitted'), ': ', showDate(s.submittedAt, true)) : null,
    s.decidedAt ? h('p', {}, L('พิจารณาเมื่อ', 'Decided'), ': ', showDate(s.decidedAt, true)) : null,
    h('p', { class: 'hint' }, L('ผลการพิจารณาจะแจ้งทางอีเมลของผู้ยื่นคำขอเท่านั้น', 'The result is e-mailed to the requester only')),
  );
});

interface QueueRow {
  requestId: string;
  purpose: keyof typeof PURPOSES;
  hospitalCode: string;
  networkHospitalCode?: string;
  name: string;
  nationalId: string;
  submittedAt?: string;
}

page('/staff/credentials', async ({ query }) => {
  if (!requireRole(['credentials-officer', 'admin'])) return h('p');
  const status = (query.get('status') ?? 'submitted') as keyof typeof STATUS;
  const rows = await api<QueueRow[]>('GET', `/credential-requests?status=${status}`);
  const tabs = h('p', { class: 'menu' }, ...(['submitted', 'approved', 'rejected'] as const).map((s) => h('a', { href: `#/staff/credentials?status=${s}`, class: s === status ? 'button' : 'button secondary' }, STATUS[s][lang()])));
  return h(
    'section',
    {},
    h('h1', {}, L('คำขอรหัสผู้ใช้ระบบตรวจสอบสิทธิ', 'Credential requests')),
    tabs,
    rows.length === 0
      ? h('p', { id: 'queue-empty' }, L('ไม่มีคำขอในสถานะนี้', 'No requests in this state'))
      : h(
          'table',
          { id: 'credential-queue' },
          h('thead', {}, h('tr', {}, ...[L('เลขที่', 'Request'), L('ประเภท', 'Purpose'), L('ผู้ขอ', 'Requester'), L('สถานพยาบาล', 'Hospital'), L('ยื่นเมื่อ', 'Submitted')].map((c) => h('th', {}, c)))),
          h(
            'tbody',
            {},
            ...rows.map((r) =>
              h(
                'tr',
                {},
                h('td', {}, h('a', { href: `#/staff/credentials/${r.requestId}` }, r.requestId)),
                h('td', {}, PURPOSES[r.purpose][lang()]),
                h('td', {}, r.name, h('br'), h('small', {}, r.nationalId)),
                h('td', {}, r.hospitalCode, r.networkHospitalCode ? ` / ${r.networkHospitalCode}` : ''),
                h('td', {}, r.submittedAt ? showDate(r.submittedAt, true) : '–'),
              ),
            ),
          ),
        ),
  );
});

interface RequestDetail extends QueueRow {
  status: keyof typeof STATUS;
  title: string;
  firstNameTh: string;
  lastNameTh: string;
  firstNameEn: string;
  lastNameEn: string;
  position: string;
  userId?: string;
  phone: string;
  email: string;
  hospital?: { nameTh: string; nameEn: string };
  networkHospital?: { nameTh: string; nameEn: string };
  signedFormUrl?: string;
  /** For reuse and cancel: what is wrong with the user id named (the public form never says). */
  accountCheck?: { code: string; message: string } | null;
  mailBounced?: boolean;
  resultUserId?: string;
  decisionReason?: string;
  audit: Array<{ at: string; actor: string; action: string }>;
}

page('/staff/credentials/:requestId', async ({ params }) => {
  if (!requireRole(['credentials-officer', 'admin'])) return h('p');
  const r = await api<RequestDetail>('GET', `/credential-requests/${params.requestId}`);
  const row = (label: string, value: string | Node) => h('tr', {}, h('th', {}, label), h('td', {}, value));
  const reason = field('reason', L('เหตุผล (จำเป็นเมื่อไม่อนุมัติ)', 'Reason (required to reject)'), h('textarea', { rows: 3 }));
  const outcome = h('p', { role: 'status', id: 'decision-result' });
  const decide = async (decision: 'approve' | 'reject') => {
    try {
      const res = await api<{ status: keyof typeof STATUS; userId: string | null }>('POST', `/credential-requests/${r.requestId}/decision`, {
        decision,
        ...(reason.input.value.trim() ? { reason: reason.input.value.trim() } : {}),
      });
      outcome.className = 'ok';
      outcome.textContent = `${STATUS[res.status][lang()]}${res.userId ? ` — ${L('รหัสผู้ใช้', 'user id')} ${res.userId}` : ''}`;
      actions.remove();
    } catch (err) {
      if (err instanceof ApiProblem) outcome.textContent = showProblem(err.problem, { reason }).join(' ');
    }
  };
  const actions = h(
    'div',
    { class: 'form' },
    reason.wrapper,
    h('div', { class: 'menu' }, h('button', { type: 'button', class: 'button', id: 'approve', onclick: () => void decide('approve') }, L('อนุมัติ', 'Approve')), h('button', { type: 'button', class: 'button secondary', id: 'reject', onclick: () => void decide('reject') }, L('ไม่อนุมัติ', 'Reject'))),
  );
  return h(
    'section',
    {},
    h('h1', {}, `${L('คำขอ', 'Request')} ${r.requestId}`),
    h('p', {}, h('span', { class: `badge ${r.status}` }, STATUS[r.status][lang()])),
    r.accountCheck
      ? h('p', { class: 'notice warning', id: 'account-check', role: 'note' }, L('ตรวจรหัสผู้ใช้แล้วพบว่า: ', 'The user id check found: '), r.accountCheck.message, L(' — อนุมัติไม่ได้ กรุณาไม่อนุมัติพร้อมแจ้งเหตุผลให้ผู้ขอ', ' — it cannot be approved; reject it with the reason for the requester'))
      : null,
    r.mailBounced ? h('p', { class: 'notice warning', id: 'mail-bounced', role: 'note' }, L('อีเมลของผู้ขอตีกลับ: ผลการพิจารณาจะไม่ถึงผู้ขอทางอีเมล', 'Mail to the requester bounced: the decision will not reach them by e-mail')) : null,
    h(
      'table',
      {},
      row(L('ประเภท', 'Purpose'), PURPOSES[r.purpose][lang()] + (r.userId ? ` (${r.userId})` : '')),
      row(L('ผู้ขอ', 'Requester'), `${r.title}${r.firstNameTh} ${r.lastNameTh} (${r.firstNameEn} ${r.lastNameEn})`),
      row(L('ตำแหน่ง', 'Position'), r.position),
      row(L('เลขประจำตัวประชาชน', 'National ID'), r.nationalId),
      row(L('สถานพยาบาลหลัก', 'Main contractor'), `${r.hospitalCode} ${r.hospital?.nameTh ?? ''}`),
      ...(r.networkHospitalCode ? [row(L('สถานพยาบาลเครือข่าย', 'Network hospital'), `${r.networkHospitalCode} ${r.networkHospital?.nameTh ?? ''}`)] : []),
      row(L('โทรศัพท์ / อีเมล', 'Phone / e-mail'), `${r.phone} / ${r.email}`),
      row(L('แบบคำขอที่ลงนาม', 'Signed form'), r.signedFormUrl ? h('a', { href: r.signedFormUrl, target: '_blank', rel: 'noopener', id: 'signed-form' }, L('เปิดไฟล์ PDF (ลิงก์ใช้ได้ 5 นาที)', 'Open the PDF (link valid 5 minutes)')) : '–'),
      ...(r.resultUserId ? [row(L('รหัสผู้ใช้', 'User id'), r.resultUserId)] : []),
      ...(r.decisionReason ? [row(L('เหตุผล', 'Reason'), r.decisionReason)] : []),
    ),
    h('h2', {}, L('ประวัติ', 'History')),
    h('ul', {}, ...r.audit.map((a) => h('li', {}, `${showDate(a.at, true)} — ${a.action} (${a.actor})`))),
    r.status === 'submitted' ? actions : null,
    outcome,
  );
});
