// Staff account administration (admins): the list with filters, a new account (its owner gets an
// activation link by e-mail), and an account's page: roles and office, disable / re-enable, a fresh
// activation link, and its recent administrative changes.
import { accountMessages } from '../../../shared/i18n/messages-accounts';
import { credentialMessages } from '../../../shared/i18n/messages-credentials';
import { ROLES, type Role } from '../../../shared/auth/roles';
import type * as z from 'zod';
import type { adminAccountSchema } from '../../../shared/schemas/accounts';
import type { Office } from '../../../shared/schemas/reference';
import { newAccountErrors } from '../field-checks';
import { api, ApiProblem, session } from '../api';
import { showDate } from '../dates';
import { confirmAction } from '../dialog';
import { h } from '../dom';
import { checkboxGroup, errorSummary, field, problemErrors, setBusy, setFieldError, statusLine, type CheckboxGroup, type ErrorTarget, type Field, type FormError } from '../forms';
import { L, lang } from '../i18n';
import { ACCOUNT_STATUS, accountStatusName, message, ROLE_NAMES, roleName, say, type AccountStatus, useMessages } from '../labels';
import { navigate, page } from '../router';
import { requireRole } from '../session-ui';
import { auditList, type AdminChange } from './audit';
import { staffMenu } from './portals';

// the codes this module says itself (its fields' checks); the API's answers carry their own words
useMessages(accountMessages, credentialMessages);

staffMenu.push({ href: '#/staff/accounts', th: 'บัญชีผู้ใช้งาน', en: 'Accounts', roles: ['admin'] });

export type AdminAccount = z.output<typeof adminAccountSchema>;

const officeName = (offices: Office[], code: string | null) => {
  if (!code) return '–';
  const o = offices.find((x) => x.officeCode === code);
  return o ? `${code} ${lang() === 'th' ? o.nameTh : o.nameEn}` : code;
};

function statusBadge(status: string, id?: string): HTMLElement {
  const s = ACCOUNT_STATUS[status as AccountStatus];
  return h('span', { class: `badge ${s?.badge ?? ''}`, ...(id ? { id } : {}) }, accountStatusName(status));
}

function officeSelect(offices: Office[], selected: string | null = null): HTMLSelectElement {
  return h(
    'select',
    {},
    h('option', { value: '' }, L('— เลือกสำนักงาน —', '— choose an office —')),
    ...offices.map((o) => h('option', { value: o.officeCode, selected: o.officeCode === selected }, `${o.officeCode} ${lang() === 'th' ? o.nameTh : o.nameEn}`)),
  );
}

function rolesGroup(checked: string[] = []): CheckboxGroup {
  const group = checkboxGroup(
    'roles',
    L('บทบาท', 'Roles'),
    ROLES.map((r) => ({ value: r, label: say(ROLE_NAMES[r]) })),
    { hint: L('บทบาทสถานพยาบาลใช้ร่วมกับบทบาทอื่นไม่ได้ · สำนักงานเขตต้องระบุสำนักงาน', 'The hospital role stands alone · the area-office role needs an office'), required: true },
  );
  for (const b of group.boxes) b.checked = checked.includes(b.value);
  return group;
}

/** Shows the office select only while area-office is ticked, the hospital code only while hospital is. */
function bindRoleDependents(roles: CheckboxGroup, office: Field, hospital: Field): void {
  const sync = () => {
    const picked = roles.values();
    office.wrapper.hidden = !picked.includes('area-office');
    hospital.wrapper.hidden = !picked.includes('hospital');
  };
  for (const b of roles.boxes) b.addEventListener('change', sync);
  sync();
}

const USER_ID_RULE = () => L('รหัสผู้ใช้ต้องยาว 3–40 ตัวอักษร ใช้ได้เฉพาะ a–z, A–Z, 0–9, จุด ขีดล่าง และขีด', 'A user id has 3–40 letters, digits, dots, underscores or dashes');
const rolesMessage = (code: string) => (code === 'TOO_SMALL' || code === 'REQUIRED' ? L('กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท', 'Choose at least one role') : message(code));

// ---------------------------------------------------------------- the list

page('/staff/accounts', async ({ query }) => {
  if (!requireRole(['admin'])) return h('p');
  const filter = { role: query.get('role') ?? '', officeCode: query.get('officeCode') ?? '', status: query.get('status') ?? '' };
  const qs = new URLSearchParams(Object.entries(filter).filter(([, v]) => v)).toString();
  const [accounts, offices] = await Promise.all([api<AdminAccount[]>('GET', `/admin/accounts${qs ? `?${qs}` : ''}`), api<Office[]>('GET', '/offices')]);

  const role = field('filter-role', L('บทบาท', 'Role'), h('select', {}, h('option', { value: '' }, L('ทุกบทบาท', 'Any role')), ...ROLES.map((r) => h('option', { value: r, selected: r === filter.role }, say(ROLE_NAMES[r])))));
  const office = field('filter-office', L('สำนักงาน', 'Office'), officeSelect(offices, filter.officeCode || null));
  office.input.querySelector('option')!.textContent = L('ทุกสำนักงาน', 'Any office');
  const status = field('filter-status', L('สถานะ', 'Status'), h('select', {}, h('option', { value: '' }, L('ทุกสถานะ', 'Any status')), ...Object.keys(ACCOUNT_STATUS).map((s) => h('option', { value: s, selected: s === filter.status }, accountStatusName(s)))));
  const filters = h('form', { class: 'filters', id: 'account-filters', role: 'search', 'aria-label': L('กรองรายการบัญชี', 'Filter the accounts') }, role.wrapper, office.wrapper, status.wrapper, h('button', { type: 'submit', class: 'button secondary' }, L('แสดง', 'Show')));
  filters.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams(Object.entries({ role: role.input.value, officeCode: office.input.value, status: status.input.value }).filter(([, v]) => v)).toString();
    navigate(`#/staff/accounts${next ? `?${next}` : ''}`);
  });

  const sorted = [...accounts].sort((a, b) => a.userId.localeCompare(b.userId));
  return h(
    'section',
    {},
    h('h1', {}, L('บัญชีผู้ใช้งาน', 'Accounts')),
    h('p', { class: 'menu' }, h('a', { href: '#/staff/accounts/new', class: 'button', id: 'new-account' }, L('สร้างบัญชีใหม่', 'New account')), h('a', { href: '#/staff/audit', class: 'button secondary' }, L('ประวัติการเปลี่ยนแปลง', 'Audit trail'))),
    filters,
    h('p', { class: 'hint', role: 'status' }, L(`พบ ${accounts.length} บัญชี`, `${accounts.length} accounts`)),
    sorted.length === 0
      ? h('p', { id: 'accounts-empty' }, L('ไม่มีบัญชีตามเงื่อนไขนี้', 'No account matches'))
      : h(
          'table',
          { id: 'accounts' },
          h('caption', { class: 'sr-only' }, L('บัญชีผู้ใช้งาน', 'Accounts')),
          h('thead', {}, h('tr', {}, ...[L('รหัสผู้ใช้', 'User id'), L('ชื่อ', 'Name'), L('บทบาท', 'Roles'), L('สำนักงาน / สถานพยาบาล', 'Office / hospital'), L('สถานะ', 'Status'), L('เข้าสู่ระบบล่าสุด', 'Last sign-in')].map((c) => h('th', { scope: 'col' }, c)))),
          h(
            'tbody',
            {},
            ...sorted.map((a) =>
              h(
                'tr',
                { 'data-user-id': a.userId },
                h('th', { scope: 'row' }, h('a', { href: `#/staff/accounts/${encodeURIComponent(a.userId)}` }, a.userId)),
                h('td', {}, a.nameTh ?? '', a.nameTh && a.email ? h('br') : null, a.email ? h('small', {}, a.email) : null, !a.nameTh && !a.email ? '–' : null),
                h('td', {}, a.roles.map(roleName).join(', ')),
                h('td', {}, a.hospitalCode ?? officeName(offices, a.officeCode)),
                h('td', {}, statusBadge(a.status)),
                h('td', {}, a.lastLoginAt ? showDate(a.lastLoginAt, true) : L('ยังไม่เคย', 'Never')),
              ),
            ),
          ),
        ),
  );
});

// ---------------------------------------------------------------- a new account

page('/staff/accounts/new', async () => {
  if (!requireRole(['admin'])) return h('p');
  const offices = await api<Office[]>('GET', '/offices');
  const fields = {
    userId: field('userId', L('รหัสผู้ใช้', 'User id'), h('input', { autocomplete: 'off', spellcheck: 'false' }), { hint: L('3–40 ตัวอักษร: a–z, A–Z, 0–9, จุด ขีดล่าง หรือขีด เช่น somchai.k', '3–40 characters: letters, digits, dot, underscore or dash, e.g. somchai.k'), required: true }),
    email: field('email', L('อีเมล (ส่งลิงก์เปิดใช้งานไปที่นี่)', 'E-mail (the activation link goes here)'), h('input', { type: 'email', autocomplete: 'off' }), { required: true }),
    nameTh: field('nameTh', L('ชื่อ-นามสกุล (ภาษาไทย)', 'Full name (Thai)'), h('input', {}), { required: true }),
  };
  const roles = rolesGroup();
  // each shown only with its role, and then required
  const officeCode = field('officeCode', L('สำนักงาน', 'Office'), officeSelect(offices), { required: true });
  const hospitalCode = field('hospitalCode', L('รหัสสถานพยาบาล (7 หลัก)', 'Hospital code (7 digits)'), h('input', { inputmode: 'numeric', autocomplete: 'off' }), { required: true });
  bindRoleDependents(roles, officeCode, hospitalCode);
  const all: Record<string, ErrorTarget> = { ...fields, roles, officeCode, hospitalCode };
  const summary = errorSummary('create-account-errors');
  const submit = h('button', { type: 'submit', class: 'button' }, L('สร้างบัญชีและส่งลิงก์เปิดใช้งาน', 'Create and send the activation link'));
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'create-account' },
    h('h1', {}, L('สร้างบัญชีผู้ใช้งาน', 'New account')),
    summary.el,
    h('p', { class: 'hint' }, L('เจ้าของบัญชีจะได้รับอีเมลพร้อมลิงก์สำหรับตั้งรหัสผ่าน ผู้ดูแลระบบไม่ต้องกำหนดรหัสผ่านให้', 'The owner gets an e-mail with a link to set their own password; admins never set passwords')),
    fields.userId.wrapper,
    fields.email.wrapper,
    fields.nameTh.wrapper,
    roles.wrapper,
    officeCode.wrapper,
    hospitalCode.wrapper,
    h('div', { class: 'menu' }, submit, h('a', { href: '#/staff/accounts', class: 'button secondary' }, L('ยกเลิก', 'Cancel'))),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const picked = roles.values();
    const body = {
      userId: fields.userId.input.value.trim(),
      email: fields.email.input.value.trim(),
      nameTh: fields.nameTh.input.value.trim(),
      roles: picked,
      ...(picked.includes('area-office') && officeCode.input.value ? { officeCode: officeCode.input.value } : {}),
      ...(picked.includes('hospital') && hospitalCode.input.value.trim() ? { hospitalCode: hospitalCode.input.value.trim() } : {}),
    };
    // the API's rules as plain functions (no zod in the browser), so the browser says what the server would
    const problems = newAccountErrors(body);
    for (const f of Object.values(all)) setFieldError(f, undefined);
    const errors: FormError[] = [];
    for (const err of problems) {
      const name = err.path.split('.')[0] ?? '';
      const target = all[name];
      // one message per field, the first the checks give
      if (!target || errors.some((x) => x.target === target)) continue;
      const empty = name in fields && !fields[name as keyof typeof fields].input.value.trim();
      errors.push({ target, message: name === 'roles' ? rolesMessage(err.code) : empty ? message('REQUIRED') : name === 'userId' ? USER_ID_RULE() : message(err.code) });
    }
    // in the order of the form, whatever order the checks ran in
    const order = Object.values(all);
    errors.sort((a, b) => order.indexOf(a.target!) - order.indexOf(b.target!));
    if (errors.length) return summary.show(errors);
    summary.clear();
    setBusy(submit, true);
    try {
      const created = await api<{ userId: string }>('POST', '/admin/accounts', body);
      navigate(`#/staff/accounts/${encodeURIComponent(created.userId)}?created=1`);
    } catch (err) {
      if (!(err instanceof ApiProblem)) throw err;
      summary.show(err.problem.code === 'USER_ID_TAKEN' ? [{ target: fields.userId, message: err.problem.title }] : problemErrors(err.problem, all));
    } finally {
      setBusy(submit, false);
    }
  });
  return form;
});

// ---------------------------------------------------------------- one account

page('/staff/accounts/:userId', async ({ params, query }) => {
  if (!requireRole(['admin'])) return h('p');
  const offices = await api<Office[]>('GET', '/offices');
  const flash = query.get('created') ? L('สร้างบัญชีแล้ว ระบบส่งลิงก์เปิดใช้งานไปยังอีเมลของบัญชีแล้ว', 'Account created; the activation link was e-mailed to its owner') : undefined;
  return accountPage(params.userId!, offices, flash);
});

async function accountPage(userId: string, offices: Office[], flash?: string): Promise<HTMLElement> {
  const [a, changes] = await Promise.all([
    api<AdminAccount>('GET', `/admin/accounts/${encodeURIComponent(userId)}`).catch((err: unknown) => {
      if (err instanceof ApiProblem && err.problem.status === 404) return undefined;
      throw err;
    }),
    api<AdminChange[]>('GET', `/admin/audit?target=${encodeURIComponent(`USER#${userId}`)}&limit=20`).catch(() => [] as AdminChange[]),
  ]);
  if (!a) return h('section', {}, h('h1', {}, message('USER_ID_NOT_FOUND')), h('p', {}, h('a', { href: '#/staff/accounts' }, L('กลับไปรายการบัญชี', 'Back to the accounts'))));

  const outcome = statusLine('account-result');
  if (flash) outcome.say(flash, true);
  const section = h('section', { id: 'account-page' });
  const reload = async (text: string) => {
    const next = await accountPage(userId, offices, text);
    section.replaceWith(next);
    next.querySelector<HTMLElement>('#account-result')?.focus();
  };
  const refused = (err: unknown) => {
    if (!(err instanceof ApiProblem)) throw err;
    outcome.say(err.problem.errors.length ? [err.problem.title, ...err.problem.errors.map((e) => ` ${e.message}`)] : err.problem.title);
    outcome.el.focus();
  };
  const isSelf = session()?.user.userId === a.userId;

  // status actions
  const actions: HTMLElement[] = [];
  if (a.status === 'active' || a.status === 'pending-activation') {
    const disable = h('button', { type: 'button', class: 'button danger', id: 'disable-account' }, L('ระงับบัญชี', 'Disable the account'));
    disable.addEventListener('click', async () => {
      const ok = await confirmAction({
        title: L(`ระงับบัญชี ${a.userId}?`, `Disable ${a.userId}?`),
        text: [
          L('การเข้าสู่ระบบทั้งหมดของบัญชีนี้จะสิ้นสุดทันที และเข้าสู่ระบบไม่ได้อีกจนกว่าผู้ดูแลระบบจะเปิดใช้งานอีกครั้ง', 'Every session of this account ends at once, and it cannot sign in until an admin re-enables it.'),
          ...(isSelf ? [L('นี่คือบัญชีของคุณเอง: คุณจะออกจากระบบทันที', 'This is your own account: you will be signed out at once.')] : []),
        ],
        confirm: L('ระงับบัญชี', 'Disable'),
        danger: true,
      });
      if (!ok) return;
      setBusy(disable, true);
      try {
        await api('PATCH', `/admin/accounts/${encodeURIComponent(a.userId)}`, { status: 'disabled' });
        await reload(L(`ระงับบัญชี ${a.userId} แล้ว การเข้าสู่ระบบของบัญชีนี้สิ้นสุดแล้ว`, `${a.userId} is disabled; its sessions have ended`));
      } catch (err) {
        setBusy(disable, false);
        refused(err);
      }
    });
    actions.push(disable);
  }
  if (a.status === 'disabled') {
    const enable = h('button', { type: 'button', class: 'button', id: 'enable-account' }, L('เปิดใช้งานอีกครั้ง', 'Re-enable'));
    enable.addEventListener('click', async () => {
      const ok = await confirmAction({
        title: L(`เปิดใช้งานบัญชี ${a.userId} อีกครั้ง?`, `Re-enable ${a.userId}?`),
        text: [L('บัญชีจะกลับไปเป็นสถานะก่อนถูกระงับ: ใช้งานได้ หรือรอเปิดใช้งานหากยังไม่เคยตั้งรหัสผ่าน', 'The account returns to where it was: active, or waiting for activation if no password was ever set.')],
        confirm: L('เปิดใช้งาน', 'Re-enable'),
      });
      if (!ok) return;
      setBusy(enable, true);
      try {
        await api('PATCH', `/admin/accounts/${encodeURIComponent(a.userId)}`, { status: 'active' });
        await reload(L(`เปิดใช้งานบัญชี ${a.userId} อีกครั้งแล้ว`, `${a.userId} is enabled again`));
      } catch (err) {
        setBusy(enable, false);
        refused(err);
      }
    });
    actions.push(enable);
  }
  if (a.status === 'pending-activation') {
    const resend = h('button', { type: 'button', class: 'button secondary', id: 'resend-activation' }, L('ส่งลิงก์เปิดใช้งานใหม่', 'Send a new activation link'));
    resend.addEventListener('click', async () => {
      setBusy(resend, true);
      try {
        await api('POST', `/admin/accounts/${encodeURIComponent(a.userId)}/activation`);
        await reload(L(`ส่งลิงก์เปิดใช้งานใหม่ไปที่ ${a.email ?? ''} แล้ว ลิงก์ที่ส่งก่อนหน้านี้ใช้ไม่ได้แล้ว`, `A new link went to ${a.email ?? ''}; earlier links no longer work`));
      } catch (err) {
        setBusy(resend, false);
        refused(err);
      }
    });
    actions.push(resend);
  }

  section.append(
    h('p', {}, h('a', { href: '#/staff/accounts' }, L('← รายการบัญชี', '← Accounts'))),
    h('h1', {}, L('บัญชี ', 'Account '), a.userId),
    outcome.el,
    h(
      'table',
      { class: 'details', id: 'account-details' },
      row(L('ชื่อ', 'Name'), a.nameTh ?? '–'),
      row(L('อีเมล', 'E-mail'), a.email ?? '–'),
      row(L('บทบาท', 'Roles'), a.roles.map(roleName).join(', ')),
      ...(a.officeCode ? [row(L('สำนักงาน', 'Office'), officeName(offices, a.officeCode))] : []),
      ...(a.hospitalCode ? [row(L('สถานพยาบาล', 'Hospital'), a.hospitalCode)] : []),
      row(L('สถานะ', 'Status'), statusBadge(a.status, 'account-status')),
      row(L('เข้าสู่ระบบล่าสุด', 'Last sign-in'), a.lastLoginAt ? showDate(a.lastLoginAt, true) : L('ยังไม่เคย', 'Never')),
    ),
    h('div', { class: 'menu', role: 'group', 'aria-label': L('การดำเนินการกับบัญชี', 'Account actions') }, ...actions),
    editForm(a, offices, reload),
    h('h2', {}, L('การเปลี่ยนแปลงล่าสุด', 'Recent changes')),
    changes.length ? auditList(changes, offices) : h('p', {}, L('ไม่มี', 'None')),
    h('p', {}, h('a', { href: `#/staff/audit?target=${encodeURIComponent(`USER#${a.userId}`)}` }, L('ดูประวัติทั้งหมดของบัญชีนี้', 'The whole history of this account'))),
  );
  return section;
}

const row = (label: string, value: string | Node) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value));

function editForm(a: AdminAccount, offices: Office[], reload: (text: string) => Promise<void>): HTMLElement {
  const nameTh = field('nameTh', L('ชื่อ-นามสกุล (ภาษาไทย)', 'Full name (Thai)'), h('input', { value: a.nameTh ?? '' }));
  const email = field('email', L('อีเมล', 'E-mail'), h('input', { type: 'email', value: a.email ?? '' }));
  const roles = rolesGroup(a.roles);
  const officeCode = field('officeCode', L('สำนักงาน', 'Office'), officeSelect(offices, a.officeCode), { required: true });
  const hospitalCode = field('hospitalCode', L('รหัสสถานพยาบาล (7 หลัก)', 'Hospital code (7 digits)'), h('input', { inputmode: 'numeric', value: a.hospitalCode ?? '' }), { required: true });
  bindRoleDependents(roles, officeCode, hospitalCode);
  const all: Record<string, ErrorTarget> = { nameTh, email, roles, officeCode, hospitalCode };
  const summary = errorSummary('edit-account-errors');
  const submit = h('button', { type: 'submit', class: 'button' }, L('บันทึกการเปลี่ยนแปลง', 'Save the changes'));
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'edit-account', 'aria-labelledby': 'edit-account-title' },
    h('h2', { id: 'edit-account-title' }, L('แก้ไขบัญชี', 'Change the account')),
    summary.el,
    h('p', { class: 'hint' }, L('การเปลี่ยนบทบาท สำนักงาน หรือสถานพยาบาล ทำให้การเข้าสู่ระบบของบัญชีนี้สิ้นสุดทันที', 'Changing roles, office or hospital ends the sessions of this account at once')),
    nameTh.wrapper,
    email.wrapper,
    roles.wrapper,
    officeCode.wrapper,
    hospitalCode.wrapper,
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    for (const f of Object.values(all)) setFieldError(f, undefined);
    const picked = roles.values() as Role[];
    const change: Record<string, unknown> = {};
    if (nameTh.input.value.trim() && nameTh.input.value.trim() !== (a.nameTh ?? '')) change.nameTh = nameTh.input.value.trim();
    if (email.input.value.trim() && email.input.value.trim() !== (a.email ?? '')) change.email = email.input.value.trim();
    if ([...picked].sort().join() !== [...a.roles].sort().join()) change.roles = picked;
    if (picked.includes('area-office')) {
      if (officeCode.input.value !== (a.officeCode ?? '')) change.officeCode = officeCode.input.value || null;
    } else if (a.officeCode && a.roles.includes('area-office')) {
      // the office was the area-office role's binding: it goes with the role
      change.officeCode = null;
    }
    if (picked.includes('hospital') && hospitalCode.input.value.trim() !== (a.hospitalCode ?? '')) change.hospitalCode = hospitalCode.input.value.trim() || null;
    const errors: FormError[] = [];
    if (picked.length === 0) errors.push({ target: roles, message: rolesMessage('TOO_SMALL') });
    if (picked.includes('area-office') && !officeCode.input.value) errors.push({ target: officeCode, message: message('OFFICE_REQUIRED') });
    if (picked.includes('hospital') && !hospitalCode.input.value.trim()) errors.push({ target: hospitalCode, message: message('HOSPITAL_REQUIRED') });
    if (errors.length === 0 && Object.keys(change).length === 0) errors.push({ message: message('NOTHING_TO_CHANGE') });
    if (errors.length) return summary.show(errors);
    summary.clear();
    setBusy(submit, true);
    try {
      await api('PATCH', `/admin/accounts/${encodeURIComponent(a.userId)}`, change);
      await reload(L('บันทึกการเปลี่ยนแปลงแล้ว', 'Changes saved'));
    } catch (err) {
      setBusy(submit, false);
      if (!(err instanceof ApiProblem)) throw err;
      summary.show(problemErrors(err.problem, all));
    }
  });
  return form;
}
