// Setting passwords: the first one from an activation link, a forgotten one from a mailed reset
// link, and changing it while signed in. Each shows the policy and checks it before sending.
import { accountMessages } from '../../../shared/i18n/messages-accounts';
import { api, ApiProblem } from '../api';
import { h } from '../dom';
import { errorSummary, field, problemErrors, setBusy, setFieldError, statusLine, type ErrorSummary, type FormError } from '../forms';
import { L, t } from '../i18n';
import { message, useMessages } from '../labels';
import { newPasswordFields } from '../password-fields';
import { page } from '../router';
import { refreshSession, replaceToken, requireSession } from '../session-ui';

// the codes this module says itself (its fields' checks); the API's answers carry their own words
useMessages(accountMessages);

/** The API's refusal in the form's error summary, each entry under its field; a lost connection says so. */
function refused(summary: ErrorSummary, err: unknown, fields: Parameters<typeof problemErrors>[1]): void {
  summary.show(err instanceof ApiProblem ? problemErrors(err.problem, fields) : [{ message: t('networkError') }]);
}


page('/activate', ({ query }) => {
  const fields = newPasswordFields('password', L('ตั้งรหัสผ่าน', 'Choose a password'));
  const summary = errorSummary('activate-errors');
  const result = statusLine('activate-result');
  const submit = h('button', { type: 'submit', class: 'button' }, L('เปิดใช้งาน', 'Activate'));
  const form = h(
    'form',
    { class: 'form narrow', novalidate: true, id: 'activate-form' },
    h('h1', {}, L('เปิดใช้งานรหัสผู้ใช้', 'Activate your user id')),
    summary.el,
    h('p', { class: 'hint' }, L('ตั้งรหัสผ่านสำหรับรหัสผู้ใช้ที่ได้รับทางอีเมล ลิงก์นี้ใช้ได้ครั้งเดียว', 'Set the password of the user id you were e-mailed; this link works once')),
    ...fields.nodes,
    result.el,
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    result.say('');
    const errors = fields.check();
    if (errors.length) return summary.show(errors);
    summary.clear();
    setBusy(submit, true);
    try {
      const r = await api<{ userId: string }>('POST', '/auth/activate', { token: query.get('token') ?? '', password: fields.password.input.value });
      result.say([L(`เปิดใช้งานรหัสผู้ใช้ ${r.userId} แล้ว `, `User id ${r.userId} is active. `), h('a', { href: `#/login?userId=${encodeURIComponent(r.userId)}` }, L('เข้าสู่ระบบ', 'Sign in'))], true);
      submit.remove();
    } catch (err) {
      refused(summary, err, { password: fields.password });
    } finally {
      setBusy(submit, false);
    }
  });
  return form;
});

page('/forgot-password', ({ query }) => {
  const userId = field('userId', L('รหัสผู้ใช้', 'User id'), h('input', { autocomplete: 'username', value: query.get('userId') ?? '' }), { required: true });
  const summary = errorSummary('forgot-errors');
  const result = statusLine('forgot-result');
  const submit = h('button', { type: 'submit', class: 'button' }, L('ส่งลิงก์ตั้งรหัสผ่านใหม่', 'Send a reset link'));
  const form = h(
    'form',
    { class: 'form narrow', novalidate: true, id: 'forgot-form' },
    h('h1', {}, L('ลืมรหัสผ่าน', 'Forgotten password')),
    summary.el,
    h('p', { class: 'hint' }, L('กรอกรหัสผู้ใช้ ระบบจะส่งลิงก์ตั้งรหัสผ่านใหม่ไปยังอีเมลที่ลงทะเบียนไว้กับบัญชี', 'Enter your user id; a reset link goes to the e-mail address of the account')),
    userId.wrapper,
    result.el,
    submit,
    h('p', {}, h('a', { href: '#/login' }, L('กลับไปหน้าเข้าสู่ระบบ', 'Back to sign in'))),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    result.say('');
    const id = userId.input.value.trim();
    setFieldError(userId, undefined);
    if (!id) return summary.show([{ target: userId, message: message('REQUIRED') }]);
    summary.clear();
    setBusy(submit, true);
    try {
      const r = await api<{ message?: string }>('POST', '/auth/password-reset', { userId: id });
      // the same answer for every id, so nobody learns which ids exist
      result.say(r.message ?? message('PASSWORD_RESET_REQUESTED'), true);
    } catch (err) {
      refused(summary, err, { userId });
    } finally {
      setBusy(submit, false);
    }
  });
  return form;
});

page('/reset-password', ({ query }) => {
  const token = query.get('token') ?? '';
  const fields = newPasswordFields();
  const summary = errorSummary('reset-errors');
  const result = statusLine('reset-result');
  const submit = h('button', { type: 'submit', class: 'button' }, L('ตั้งรหัสผ่านใหม่', 'Set the new password'));
  const form = h(
    'form',
    { class: 'form narrow', novalidate: true, id: 'reset-form' },
    h('h1', {}, L('ตั้งรหัสผ่านใหม่', 'Set a new password')),
    summary.el,
    h('p', { class: 'hint' }, L('เมื่อตั้งรหัสผ่านใหม่แล้ว การเข้าสู่ระบบเดิมทุกเครื่องจะสิ้นสุด', 'Once set, every earlier sign-in ends, on every device')),
    ...fields.nodes,
    result.el,
    submit,
  );
  if (!token) {
    result.say([message('RESET_LINK_INVALID'), ' ', h('a', { href: '#/forgot-password' }, L('ขอลิงก์ใหม่', 'Ask for a new link'))]);
    submit.setAttribute('disabled', '');
  }
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    result.say('');
    const errors = fields.check();
    if (errors.length) return summary.show(errors);
    summary.clear();
    setBusy(submit, true);
    try {
      const r = await api<{ userId: string }>('POST', '/auth/password-reset/confirm', { token, password: fields.password.input.value });
      result.say([L('ตั้งรหัสผ่านใหม่แล้ว ', 'Your new password is set. '), h('a', { href: `#/login?userId=${encodeURIComponent(r.userId ?? '')}`, id: 'reset-sign-in' }, L('เข้าสู่ระบบ', 'Sign in'))], true);
      submit.remove();
    } catch (err) {
      if (!(err instanceof ApiProblem)) throw err;
      const errors = problemErrors(err.problem, { password: fields.password });
      // a used or expired link: the way on is a new one
      if (err.problem.code === 'RESET_LINK_INVALID') for (const x of errors) if (!x.target) x.then = h('a', { href: '#/forgot-password' }, L('ขอลิงก์ใหม่', 'Ask for a new link'));
      summary.show(errors);
    } finally {
      setBusy(submit, false);
    }
  });
  return form;
});

page('/account/password', () => {
  const s = requireSession();
  if (!s) return h('p');
  const current = field('currentPassword', L('รหัสผ่านปัจจุบัน', 'Current password'), h('input', { type: 'password', autocomplete: 'current-password' }), { required: true });
  const fields = newPasswordFields('newPassword');
  const summary = errorSummary('change-password-errors');
  const result = statusLine('change-result');
  const submit = h('button', { type: 'submit', class: 'button' }, L('เปลี่ยนรหัสผ่าน', 'Change password'));
  const form = h(
    'form',
    { class: 'form narrow', novalidate: true, id: 'change-password-form' },
    h('h1', {}, L('เปลี่ยนรหัสผ่าน', 'Change your password')),
    summary.el,
    h('p', {}, L('รหัสผู้ใช้', 'User id'), ': ', h('strong', {}, s.user.userId)),
    h('p', { class: 'hint' }, L('การเข้าสู่ระบบนี้จะใช้งานต่อได้ ส่วนการเข้าสู่ระบบบนเครื่องอื่นทั้งหมดจะสิ้นสุด', 'This session carries on; every other session ends')),
    current.wrapper,
    ...fields.nodes,
    result.el,
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    result.say('');
    setFieldError(current, undefined);
    const errors: FormError[] = [...(current.input.value ? [] : [{ target: current, message: message('REQUIRED') }]), ...fields.check(s.user.userId)];
    if (errors.length) return summary.show(errors);
    summary.clear();
    setBusy(submit, true);
    try {
      const r = await api<{ token: string; expiresAt: string }>('POST', '/auth/password', { currentPassword: current.input.value, newPassword: fields.password.input.value });
      replaceToken(r.token, r.expiresAt);
      refreshSession();
      form.reset();
      result.say(L('เปลี่ยนรหัสผ่านแล้ว การเข้าสู่ระบบบนเครื่องอื่นสิ้นสุดแล้ว', 'Password changed; your other sessions have ended'), true);
    } catch (err) {
      refused(summary, err, { currentPassword: current, newPassword: fields.password });
    } finally {
      setBusy(submit, false);
    }
  });
  return form;
});
