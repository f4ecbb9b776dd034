// Credential requests: the hospital's request form with the signed PDF upload, the status page,
// and the officers' queue and decision (activation is in passwords.ts).
import { credentialMessages } from '../../../shared/i18n/messages-credentials';
import { isBlockedEmailDomain, isValidEmail, normalizeEmail, normalizeThaiPhone } from '../../../shared/domain/contact';
import { isValidNationalId, normalizeNationalId } from '../../../shared/domain/national-id';
import { isLatinName, isThaiName, normalizeDigits } from '../../../shared/domain/thai-text';
import { api, ApiProblem, sha256Hex, uploadFile } from '../api';
import { hospitalCombobox } from '../combobox';
import { showDate } from '../dates';
import { h } from '../dom';
import { confirmAction } from '../dialog';
import { errorSummary, field, problemErrors, setBusy, setFieldError, type Field, type FormError } from '../forms';
import { L, lang } from '../i18n';
import { CREDENTIAL_ACTIONS, CREDENTIAL_PURPOSES, CREDENTIAL_STATUS, credentialStatusName, loadDirectory, message, say, useMessages } from '../labels';
import { page } from '../router';
import { requireRole } from '../session-ui';
import { hospitalMenu, staffMenu } from './portals';
import type { CredentialRequest } from '../../../shared/data/credential-requests-repository';
import type { createCredentialRequest } from '../../../shared/use-cases/create-credential-request';
import type { CredentialRequestDetailView as RequestDetail } from '../../../shared/use-cases/credential-request-detail';
import type { CredentialRequestStatusView as RequestStatus } from '../../../shared/use-cases/credential-request-status';
import type { renewSignedFormUpload } from '../../../shared/use-cases/credential-uploads';
import type { decideCredentialRequest } from '../../../shared/use-cases/decide-credential-request';

// The API's answers, as the use cases that build them return them (types only: no server code in
// the bundle). None holds a Date: instants travel as ISO strings on both sides.
type Created = Awaited<ReturnType<typeof createCredentialRequest>>;
type RenewedUpload = Awaited<ReturnType<typeof renewSignedFormUpload>>;
type Decided = Awaited<ReturnType<typeof decideCredentialRequest>>;
/**
 * A row of the officers' queue: functions/credentials/list-requests.ts shapes it from the stored
 * request itself (no use case between), the name joined and the national ID masked.
 */
type QueueRow = Pick<CredentialRequest, 'requestId' | 'status' | 'purpose' | 'hospitalCode' | 'networkHospitalCode' | 'createdAt' | 'submittedAt' | 'decidedAt'> & { name: string; nationalId: string };

// the codes this module says itself (its fields' checks); the API's answers carry their own words
useMessages(credentialMessages);

hospitalMenu.push({ href: '#/hospital/credentials/new', th: 'ขอรหัสผู้ใช้ระบบตรวจสอบสิทธิการรักษาพยาบาล', en: 'Request an entitlement-check user id' });
staffMenu.push({ href: '#/staff/credentials', th: 'คำขอรหัสผู้ใช้ระบบตรวจสอบสิทธิ', en: 'Credential requests', roles: ['credentials-officer', 'admin'] });

type FieldName =
  | 'nationalId' | 'title' | 'firstNameTh' | 'lastNameTh' | 'firstNameEn' | 'lastNameEn' | 'position'
  | 'hospitalCode' | 'networkHospitalCode' | 'purpose' | 'userId' | 'phone' | 'email';

const isHospitalCode = (s: string) => /^(\d{7}|\d{5}|[0-9A-Z]{9})$/.test(normalizeDigits(s).trim().toUpperCase());
const thaiName = (max: number) => (s: string) => (s.length > max ? 'TOO_LONG' : isThaiName(s) ? undefined : 'THAI_SCRIPT_REQUIRED');
const latinName = (max: number) => (s: string) => (s.length > max ? 'TOO_LONG' : isLatinName(s) ? undefined : 'LATIN_SCRIPT_REQUIRED');

/**
 * The checks worth making as people type, as plain functions over the shared domain rules (no zod
 * in the browser): each answers a message code for a value given, or nothing. The API decides.
 */
const CHECKS: Record<FieldName, (value: string) => string | undefined> = {
  nationalId: (s) => {
    const id = normalizeNationalId(s);
    return !/^\d{13}$/.test(id) ? 'NATIONAL_ID_FORMAT' : isValidNationalId(id) ? undefined : 'NATIONAL_ID_CHECKSUM';
  },
  title: thaiName(40),
  firstNameTh: thaiName(100),
  lastNameTh: thaiName(100),
  firstNameEn: latinName(100),
  lastNameEn: latinName(100),
  position: (s) => (s.length > 120 ? 'TOO_LONG' : undefined),
  hospitalCode: (s) => (isHospitalCode(s) ? undefined : 'HOSPITAL_CODE_FORMAT'),
  networkHospitalCode: (s) => (isHospitalCode(s) ? undefined : 'HOSPITAL_CODE_FORMAT'),
  purpose: (s) => (s in CREDENTIAL_PURPOSES ? undefined : 'INVALID_VALUE'),
  userId: (s) => (/^[A-Za-z0-9._-]{3,40}$/.test(normalizeDigits(s).trim()) ? undefined : 'INVALID_VALUE'),
  phone: (s) => (normalizeThaiPhone(s) ? undefined : 'PHONE_INVALID'),
  email: (s) => {
    const e = normalizeEmail(s);
    return !isValidEmail(e) ? 'INVALID_EMAIL' : isBlockedEmailDomain(e) ? 'EMAIL_DOMAIN_NOT_ALLOWED' : undefined;
  },
};
const OPTIONAL: ReadonlySet<FieldName> = new Set(['networkHospitalCode', 'userId']);
const MAX_PDF_BYTES = 5 * 1024 * 1024;

/** Why a chosen file is not the signed form: not a PDF (by its first bytes, not its name), empty or too large. */
async function pdfProblem(file: File): Promise<string | undefined> {
  if (file.size === 0) return 'FILE_EMPTY';
  if (file.size > MAX_PDF_BYTES) return 'FILE_TOO_LARGE';
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  return String.fromCharCode(...head) === '%PDF-' ? undefined : 'NOT_A_PDF';
}

page('/hospital/credentials/new', () => {
  const input = (type = 'text', extra: Record<string, string> = {}) => h('input', { type, ...extra });
  const req = { required: true };
  const hospital = hospitalCombobox('hospitalCode', L('สถานพยาบาลคู่สัญญาหลัก', 'Main contractor hospital'), req);
  const network = hospitalCombobox('networkHospitalCode', L('สถานพยาบาลเครือข่าย (ถ้ามี)', 'Network hospital (if any)'), {
    hint: L('สถานพยาบาลเครือข่ายยื่นคำขอผ่านสถานพยาบาลคู่สัญญาหลัก พิมพ์ชื่อหรือรหัสแล้วเลือกจากรายการ', 'Network hospitals request through their main contractor; type the name or code and choose from the list'),
  });
  const purpose = field('purpose', L('ประเภทคำขอ', 'Purpose'), h('select', {}, ...Object.entries(CREDENTIAL_PURPOSES).map(([value, label]) => h('option', { value }, label[lang()]))), req);
  const userId = field('userId', L('รหัสผู้ใช้เดิมของท่าน', 'Your existing user id'), input('text', { autocomplete: 'off', spellcheck: 'false' }), {
    ...req,
    hint: L('รหัสที่ต้องการขอใช้อีกครั้งหรือขอยกเลิก เช่น H1000001-K7QX', 'The id to reuse or cancel, e.g. H1000001-K7QX'),
  });
  const fields: Record<FieldName, Field> = {
    purpose,
    userId,
    nationalId: field('nationalId', L('เลขประจำตัวประชาชน 13 หลัก', 'National ID (13 digits)'), input('text', { inputmode: 'numeric', autocomplete: 'off' }), req),
    title: field('title', L('คำนำหน้าชื่อ', 'Title (in Thai)'), input('text', { autocomplete: 'honorific-prefix' }), { ...req, hint: L('เช่น นาย นาง นางสาว', 'e.g. นาย, นาง, นางสาว') }),
    firstNameTh: field('firstNameTh', L('ชื่อ (ภาษาไทย)', 'First name (Thai)'), input(), req),
    lastNameTh: field('lastNameTh', L('นามสกุล (ภาษาไทย)', 'Last name (Thai)'), input(), req),
    firstNameEn: field('firstNameEn', L('ชื่อ (ภาษาอังกฤษ)', 'First name (English)'), input('text', { autocomplete: 'given-name', lang: 'en' }), req),
    lastNameEn: field('lastNameEn', L('นามสกุล (ภาษาอังกฤษ)', 'Last name (English)'), input('text', { autocomplete: 'family-name', lang: 'en' }), req),
    position: field('position', L('ตำแหน่ง', 'Position'), input('text', { autocomplete: 'organization-title' }), req),
    hospitalCode: hospital,
    networkHospitalCode: network,
    phone: field('phone', L('หมายเลขโทรศัพท์', 'Phone'), input('tel', { autocomplete: 'tel' }), req),
    email: field('email', L('อีเมล (แจ้งผลทางอีเมลนี้)', 'E-mail (the result goes here)'), input('email', { autocomplete: 'email' }), { ...req, hint: L('ไม่รับอีเมล Yahoo', 'Yahoo addresses are not accepted') }),
  };
  const valueOf = (name: FieldName): string => (name === 'hospitalCode' ? hospital.value() : name === 'networkHospitalCode' ? network.value() : fields[name].input.value.trim());
  const usesUserId = () => purpose.input.value !== 'new';
  // the existing user id is asked only when it means something: to reuse or cancel it
  const showUserId = () => {
    userId.wrapper.hidden = !usesUserId();
    if (userId.wrapper.hidden) setFieldError(userId, undefined);
  };
  purpose.input.addEventListener('change', showUserId);
  showUserId();

  const check = (name: FieldName): FormError | undefined => {
    const f = fields[name];
    const value = valueOf(name);
    let code: string | undefined;
    if (name === 'userId' && !usesUserId()) code = undefined;
    else if (!value) code = OPTIONAL.has(name) && name !== 'userId' ? undefined : name === 'userId' ? 'USER_ID_REQUIRED' : 'REQUIRED';
    else code = CHECKS[name](value);
    setFieldError(f, code ? message(code) : undefined);
    return code ? { target: f, message: message(code) } : undefined;
  };
  for (const name of Object.keys(fields) as FieldName[]) {
    const f = fields[name];
    f.input.addEventListener('blur', () => f.input.value && check(name));
    f.input.addEventListener('input', () => f.input.getAttribute('aria-invalid') === 'true' && check(name));
  }

  const summary = errorSummary('credential-errors');
  const submit = h('button', { type: 'submit', class: 'button' }, L('สร้างคำขอและรับแบบฟอร์มเพื่อลงนาม', 'Create the request and get the form to sign'));
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'credential-form' },
    h('h1', {}, L('แบบขอใช้บริการระบบตรวจสอบการใช้สิทธิรักษาพยาบาล', 'Request for the entitlement-check system')),
    summary.el,
    h(
      'p',
      { class: 'hint' },
      L(
        'ขั้นที่ 1 จาก 2: กรอกข้อมูล ระบบจะจัดทำแบบฟอร์มให้ท่านพิมพ์ ให้ผู้อำนวยการลงนาม แล้วสแกนอัปโหลดในขั้นที่ 2',
        'Step 1 of 2: fill in the form; we prepare the form for you to print, have the director sign, then scan and upload in step 2',
      ),
    ),
    ...Object.values(fields).map((f) => f.wrapper),
    submit,
  );

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const errors = (Object.keys(fields) as FieldName[]).map(check).filter((x): x is FormError => !!x);
    if (errors.length) return summary.show(errors);
    summary.clear();
    const body: Record<string, string> = {};
    for (const name of Object.keys(fields) as FieldName[]) {
      if (name === 'userId' && !usesUserId()) continue;
      const value = valueOf(name);
      if (value) body[name] = value;
    }
    setBusy(submit, true);
    try {
      const created = await api<Created>('POST', '/credential-requests', body);
      form.replaceWith(uploadStep(created.requestId, created.form, valueOf('email')));
    } catch (err) {
      summary.show(err instanceof ApiProblem ? problemErrors(err.problem, fields) : [{ message: L('ส่งไม่สำเร็จ กรุณาลองใหม่', 'Not sent; please try again') }]);
    } finally {
      setBusy(submit, false);
    }
  });
  return form;
});

/**
 * The form to sign, kept in the page: the link the API gives lives 30 minutes and only it can fetch
 * the PDF (the request id alone must not, it would open the person's data to anyone holding the id),
 * so the PDF is fetched into the page at once and offered from there, where it cannot expire.
 */
function formToSignLink(requestId: string, form: { url: string; expiresAt: string }): HTMLElement {
  const link = h('a', { href: form.url, download: `${requestId}.pdf`, id: 'form-to-sign', class: 'button' }, L('ดาวน์โหลดแบบฟอร์มเพื่อลงนาม (PDF)', 'Download the form to sign (PDF)'));
  const note = h('p', { class: 'hint', id: 'form-to-sign-note' });
  let kept = false;
  void fetch(form.url)
    .then(async (res) => (res.ok ? URL.createObjectURL(await res.blob()) : undefined))
    .then((blobUrl) => {
      if (!blobUrl) return;
      link.setAttribute('href', blobUrl);
      kept = true;
    })
    .catch(() => undefined);
  // only when the copy could not be kept and the link has lapsed: say so rather than open an error
  link.addEventListener('click', (e) => {
    if (kept || Date.now() < Date.parse(form.expiresAt)) return;
    e.preventDefault();
    note.textContent = L(
      'ลิงก์แบบฟอร์มหมดอายุแล้ว (ใช้ได้ 30 นาที) กรุณายื่นคำขอใหม่เพื่อรับแบบฟอร์ม คำขอนี้จะไม่ถูกนำไปพิจารณา',
      'The link to the form has lapsed (it lasts 30 minutes); please file the request again to get the form. This draft will not be considered.',
    );
  });
  return h('div', {}, link, note);
}

/** Step 2: the instructions, the form to sign, and the upload of the signed scan; then the receipt. */
function uploadStep(requestId: string, form: Created['form'] | undefined, email?: string): HTMLElement {
  const file = h('input', { type: 'file', accept: 'application/pdf,.pdf' });
  const fileField = field('signedForm', L('แบบฟอร์มที่ผู้อำนวยการลงนามแล้ว (ไฟล์ PDF ไม่เกิน 5 MB)', 'The form signed by the director (PDF, at most 5 MB)'), file, { required: true });
  const progress = h('progress', { id: 'upload-progress', max: 1, value: 0 });
  const progressBox = h('div', { class: 'upload-progress', hidden: true }, h('label', { for: 'upload-progress' }, L('กำลังอัปโหลดไฟล์', 'Uploading the file')), progress);
  const summary = errorSummary('upload-errors');
  const submit = h('button', { type: 'submit', class: 'button' }, L('อัปโหลดและยื่นคำขอ', 'Upload and submit'));
  const section = h(
    'form',
    { class: 'form', novalidate: true, id: 'upload-form' },
    h('h1', {}, L('ขั้นที่ 2 จาก 2: ลงนามและอัปโหลดแบบฟอร์ม', 'Step 2 of 2: sign and upload the form')),
    summary.el,
    h('p', {}, L('เลขที่คำขอ', 'Request'), ': ', h('strong', { id: 'request-id' }, requestId), ' ', L('(เก็บไว้ กลับมาอัปโหลดภายหลังได้)', '(keep it: you may come back to upload later)')),
    h(
      'ol',
      { class: 'steps' },
      h('li', {}, form ? formToSignLink(requestId, form) : L('ใช้แบบฟอร์มที่ดาวน์โหลดไว้แล้ว', 'Use the form you downloaded before')),
      h('li', {}, L('พิมพ์แบบฟอร์ม', 'Print it')),
      h('li', {}, L('ให้ผู้อำนวยการสถานพยาบาลคู่สัญญาหลักลงนาม', 'Have the director of the main contractor hospital sign it')),
      h('li', {}, L('สแกนแบบฟอร์มที่ลงนามแล้วเป็นไฟล์ PDF', 'Scan the signed form as a PDF')),
      h('li', {}, L('อัปโหลดไฟล์ด้านล่าง แล้วกด "อัปโหลดและยื่นคำขอ"', 'Upload the file below and press "Upload and submit"')),
    ),
    fileField.wrapper,
    progressBox,
    submit,
  );
  const fileError = async (): Promise<FormError | undefined> => {
    const pdf = file.files?.[0];
    const code = !pdf ? 'REQUIRED' : await pdfProblem(pdf);
    setFieldError(fileField, code ? message(code) : undefined);
    return code ? { target: fileField, message: message(code) } : undefined;
  };
  // a wrong file is refused as soon as it is chosen, before anything is sent
  file.addEventListener('change', () => void fileError());
  section.addEventListener('submit', async (e) => {
    e.preventDefault();
    const bad = await fileError();
    if (bad) return summary.show([bad]);
    summary.clear();
    const pdf = file.files![0]!;
    setBusy(submit, true);
    try {
      // a fresh upload slot: the one given with the draft may have expired while the form was signed
      const { upload } = await api<RenewedUpload>('POST', `/credential-requests/${requestId}/upload`);
      const sha256 = await sha256Hex(pdf);
      progressBox.hidden = false;
      await uploadFile(upload, pdf, (p) => progress.setAttribute('value', String(p)));
      await api('POST', `/credential-requests/${requestId}/submit`, { sha256 });
      section.replaceWith(receipt(requestId, pdf, sha256, email));
    } catch (err) {
      summary.show(
        err instanceof ApiProblem
          ? problemErrors(err.problem, { signedForm: fileField, sha256: fileField })
          : [{ target: fileField, message: L('อัปโหลดไฟล์ไม่สำเร็จ กรุณาลองใหม่', 'The upload failed; please try again') }],
      );
    } finally {
      setBusy(submit, false);
    }
  });
  return section;
}

/** What the requester keeps: in words, with the request id and the file's fingerprint. */
function receipt(requestId: string, pdf: File, sha256: string, email?: string): HTMLElement {
  const row = (label: string, value: string | Node) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value));
  const el = h(
    'section',
    { class: 'card', id: 'receipt', tabindex: -1, 'aria-labelledby': 'receipt-title' },
    h('h1', { id: 'receipt-title' }, L('ยื่นคำขอเรียบร้อยแล้ว', 'Your request is submitted')),
    h(
      'table',
      { class: 'details' },
      row(L('เลขที่คำขอ', 'Request'), h('strong', { id: 'request-id' }, requestId)),
      row(L('สถานะ', 'Status'), h('span', { class: 'badge submitted', id: 'request-status' }, CREDENTIAL_STATUS.submitted[lang()])),
      row(L('ยื่นเมื่อ', 'Submitted'), showDate(new Date(), true)),
      row(L('แบบฟอร์มที่ลงนามแล้ว', 'Signed form'), `${pdf.name} (${(pdf.size / 1024 / 1024).toLocaleString(lang() === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: 2 })} MB)`),
      row(L('รหัสตรวจสอบไฟล์ (SHA-256)', 'File fingerprint (SHA-256)'), h('code', {}, sha256)),
    ),
    h('p', {}, email ? L(`ผลการพิจารณาจะแจ้งทางอีเมล ${email} เท่านั้น`, `The decision is e-mailed to ${email} only`) : L('ผลการพิจารณาจะแจ้งทางอีเมลของผู้ยื่นคำขอเท่านั้น', 'The decision is e-mailed to the requester only')),
    h('p', {}, h('a', { href: `#/credentials/${requestId}` }, L('ดูสถานะคำขอภายหลัง', 'Follow the request later'))),
  );
  queueMicrotask(() => el.focus());
  return el;
}

page('/hospital/credentials/:requestId/upload', ({ params }) => uploadStep(params.requestId ?? '', undefined));

page('/credentials/:requestId', async ({ params }) => {
  const s = await api<RequestStatus>('GET', `/credential-requests/${params.requestId}/status`);
  return h(
    'section',
    { class: 'card' },
    h('h1', {}, L('สถานะคำขอ', 'Request status')),
    h('p', {}, L('เลขที่คำขอ', 'Request'), ': ', h('strong', { id: 'request-id' }, s.requestId)),
    h('p', {}, h('span', { class: `badge ${s.status}`, id: 'request-status' }, CREDENTIAL_STATUS[s.status][lang()])),
    h('p', {}, L('สร้างเมื่อ', 'Created'), ': ', showDate(s.createdAt, true)),
    s.submittedAt ? h('p', {}, L('ยื่นเมื่อ', 'Submitted'), ': ', showDate(s.submittedAt, true)) : null,
    s.decidedAt ? h('p', {}, L('พิจารณาเมื่อ', 'Decided'), ': ', showDate(s.decidedAt, true)) : null,
    s.status === 'draft'
      ? h('p', {}, h('a', { href: `#/hospital/credentials/${s.requestId}/upload`, class: 'button' }, L('อัปโหลดแบบฟอร์มที่ลงนามแล้วเพื่อยื่นคำขอ', 'Upload the signed form to submit the request')))
      : null,
    h('p', { class: 'hint' }, L('ผลการพิจารณาจะแจ้งทางอีเมลของผู้ยื่นคำขอเท่านั้น', 'The result is e-mailed to the requester only')),
  );
});

page('/staff/credentials', async ({ query }) => {
  if (!requireRole(['credentials-officer', 'admin'])) return h('p');
  const status = (query.get('status') ?? 'submitted') as keyof typeof CREDENTIAL_STATUS;
  const [rows, names] = await Promise.all([api<QueueRow[]>('GET', `/credential-requests?status=${status}`), loadDirectory()]);
  const tabs = h('p', { class: 'menu' }, ...(['submitted', 'approved', 'rejected'] as const).map((s) => h('a', { href: `#/staff/credentials?status=${s}`, class: s === status ? 'button' : 'button secondary' }, CREDENTIAL_STATUS[s][lang()])));
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
                h('td', {}, CREDENTIAL_PURPOSES[r.purpose][lang()]),
                h('td', {}, r.name, h('br'), h('small', {}, r.nationalId)),
                h('td', {}, names.hospital(r.hospitalCode), r.networkHospitalCode ? h('br') : null, r.networkHospitalCode ? `${L('เครือข่าย', 'network')}: ${names.hospital(r.networkHospitalCode)}` : ''),
                h('td', {}, r.submittedAt ? showDate(r.submittedAt, true) : '–'),
              ),
            ),
          ),
        ),
  );
});

page('/staff/credentials/:requestId', async ({ params }) => {
  if (!requireRole(['credentials-officer', 'admin'])) return h('p');
  const [r, names] = await Promise.all([api<RequestDetail>('GET', `/credential-requests/${params.requestId}`), loadDirectory()]);
  const summary = errorSummary('decision-errors');
  const row = (label: string, value: string | Node) => h('tr', {}, h('th', {}, label), h('td', {}, value));
  const reason = field('reason', L('เหตุผล (จำเป็นเมื่อไม่อนุมัติ)', 'Reason (required to reject)'), h('textarea', { rows: 3 }));
  const outcome = h('p', { role: 'status', id: 'decision-result' });
  const decide = async (decision: 'approve' | 'reject') => {
    const why = reason.input.value.trim();
    if (decision === 'reject' && !why) return summary.show([{ target: reason, message: message('REASON_REQUIRED') }]);
    summary.clear();
    const who = `${r.title}${r.firstNameTh} ${r.lastNameTh}`;
    const effect: Record<typeof r.purpose, string> =
      decision === 'approve'
        ? {
            new: L(`ระบบจะออกรหัสผู้ใช้ใหม่ให้ ${who} และส่งลิงก์เปิดใช้งานไปที่ ${r.email}`, `A new user id is issued to ${who} and an activation link is e-mailed to ${r.email}.`),
            reuse: L(`รหัสผู้ใช้ ${r.userId ?? ''} จะใช้งานได้อีกครั้ง และส่งลิงก์เปิดใช้งานไปที่ ${r.email}`, `User id ${r.userId ?? ''} is reactivated and an activation link is e-mailed to ${r.email}.`),
            cancel: L(`รหัสผู้ใช้ ${r.userId ?? ''} จะถูกยกเลิกทันที และใช้งานไม่ได้อีก`, `User id ${r.userId ?? ''} is cancelled at once and can no longer be used.`),
          }
        : { new: '', reuse: '', cancel: '' };
    const sure = await confirmAction({
      title: decision === 'approve' ? L(`อนุมัติคำขอ ${r.requestId}?`, `Approve ${r.requestId}?`) : L(`ไม่อนุมัติคำขอ ${r.requestId}?`, `Reject ${r.requestId}?`),
      text: [
        decision === 'approve' ? effect[r.purpose] : L(`ผู้ขอจะได้รับอีเมลแจ้งว่าไม่อนุมัติ พร้อมเหตุผล: "${why}"`, `The requester is e-mailed that the request is rejected, with the reason: "${why}".`),
        L('เปลี่ยนผลการพิจารณาภายหลังไม่ได้', 'The decision cannot be changed afterwards.'),
      ],
      confirm: decision === 'approve' ? L('อนุมัติ', 'Approve') : L('ไม่อนุมัติ', 'Reject'),
      danger: decision === 'reject' || r.purpose === 'cancel',
    });
    if (!sure) return;
    try {
      const res = await api<Decided>('POST', `/credential-requests/${r.requestId}/decision`, {
        decision,
        ...(reason.input.value.trim() ? { reason: reason.input.value.trim() } : {}),
      });
      outcome.className = 'ok';
      outcome.textContent = `${credentialStatusName(res.status)}${res.userId ? ` — ${L('รหัสผู้ใช้', 'user id')} ${res.userId}` : ''}`;
      actions.remove();
    } catch (err) {
      summary.show(err instanceof ApiProblem ? problemErrors(err.problem, { reason }) : [{ message: L('บันทึกไม่สำเร็จ กรุณาลองใหม่', 'Not saved; please try again') }]);
    }
  };
  const actions = h(
    'div',
    { class: 'form' },
    h('h2', {}, L('พิจารณา', 'Decide')),
    summary.el,
    reason.wrapper,
    h('div', { class: 'menu' }, h('button', { type: 'button', class: 'button', id: 'approve', onclick: () => void decide('approve') }, L('อนุมัติ', 'Approve')), h('button', { type: 'button', class: 'button secondary', id: 'reject', onclick: () => void decide('reject') }, L('ไม่อนุมัติ', 'Reject'))),
  );
  return h(
    'section',
    {},
    h('h1', {}, `${L('คำขอ', 'Request')} ${r.requestId}`),
    h('p', {}, h('span', { class: `badge ${r.status}` }, CREDENTIAL_STATUS[r.status][lang()])),
    r.accountCheck
      ? h('p', { class: 'notice warning', id: 'account-check', role: 'note' }, L('ตรวจรหัสผู้ใช้แล้วพบว่า: ', 'The user id check found: '), r.accountCheck.message, L(' — อนุมัติไม่ได้ กรุณาไม่อนุมัติพร้อมแจ้งเหตุผลให้ผู้ขอ', ' — it cannot be approved; reject it with the reason for the requester'))
      : null,
    r.mailBounced ? h('p', { class: 'notice warning', id: 'mail-bounced', role: 'note' }, L('อีเมลของผู้ขอตีกลับ: ผลการพิจารณาจะไม่ถึงผู้ขอทางอีเมล', 'Mail to the requester bounced: the decision will not reach them by e-mail')) : null,
    h(
      'table',
      {},
      row(L('ประเภท', 'Purpose'), CREDENTIAL_PURPOSES[r.purpose][lang()] + (r.userId ? ` (${r.userId})` : '')),
      row(L('ผู้ขอ', 'Requester'), `${r.title}${r.firstNameTh} ${r.lastNameTh} (${r.firstNameEn} ${r.lastNameEn})`),
      row(L('ตำแหน่ง', 'Position'), r.position),
      row(L('เลขประจำตัวประชาชน', 'National ID'), r.nationalId),
      row(L('สถานพยาบาลหลัก', 'Main contractor'), r.hospital ? `${L(r.hospital.nameTh, r.hospital.nameEn)} (${r.hospitalCode})` : names.hospital(r.hospitalCode)),
      ...(r.networkHospitalCode ? [row(L('สถานพยาบาลเครือข่าย', 'Network hospital'), r.networkHospital ? `${L(r.networkHospital.nameTh, r.networkHospital.nameEn)} (${r.networkHospitalCode})` : names.hospital(r.networkHospitalCode))] : []),
      row(L('โทรศัพท์ / อีเมล', 'Phone / e-mail'), `${r.phone} / ${r.email}`),
      row(L('แบบคำขอที่ลงนาม', 'Signed form'), r.signedFormUrl ? h('a', { href: r.signedFormUrl, target: '_blank', rel: 'noopener', id: 'signed-form' }, L('เปิดไฟล์ PDF (ลิงก์ใช้ได้ 5 นาที)', 'Open the PDF (link valid 5 minutes)')) : '–'),
      ...(r.resultUserId ? [row(L('รหัสผู้ใช้', 'User id'), r.resultUserId)] : []),
      ...(r.decisionReason ? [row(L('เหตุผล', 'Reason'), r.decisionReason)] : []),
    ),
    h('h2', {}, L('ประวัติ', 'History')),
    h('ul', {}, ...r.audit.map((a) => h('li', {}, `${showDate(a.at, true)} — ${say(CREDENTIAL_ACTIONS[a.action], a.action)} (${a.actor === 'requester' ? L('ผู้ขอ', 'requester') : a.actor})`))),
    r.status === 'submitted' ? actions : null,
    outcome,
  );
});
