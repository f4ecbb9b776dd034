// A new password typed twice, with the policy as its hint and the same check the API makes
// (shared/domain/password-policy.ts) before anything is sent; the API still has the last word.
import { accountMessages } from '../../shared/i18n/messages-accounts';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../shared/domain/password-policy';
import { h } from './dom';
import { field, setFieldError, type Field, type FormError } from './forms';
import { L } from './i18n';
import { message, useMessages } from './labels';

// the codes this module says itself (its fields' checks); the API's answers carry their own words
useMessages(accountMessages);

export const passwordPolicyHint = () =>
  L(
    `อย่างน้อย ${MIN_PASSWORD_LENGTH} ตัวอักษร ใช้ภาษาไทย ภาษาอังกฤษ ตัวเลข หรือเว้นวรรคก็ได้ ไม่บังคับให้ผสมตัวพิมพ์ใหญ่ ตัวเลข หรือสัญลักษณ์ (แนะนำให้ใช้วลีที่จำง่าย) ต้องไม่ใช่รหัสผ่านที่ใช้กันทั่วไป และต้องไม่มีรหัสผู้ใช้อยู่ในรหัสผ่าน`,
    `At least ${MIN_PASSWORD_LENGTH} characters, Thai, English, digits or spaces; no required mix of cases, digits or symbols (a memorable phrase works well). Not a commonly used password, and not containing your user id.`,
  );

export interface NewPasswordFields {
  password: Field;
  confirm: Field;
  nodes: HTMLElement[];
  /** What is wrong with the two entries (none when both agree and pass the policy), for the form's error summary. */
  check(userId?: string): FormError[];
}

export function newPasswordFields(name = 'password', label = L('รหัสผ่านใหม่', 'New password')): NewPasswordFields {
  const password = field(name, label, h('input', { type: 'password', autocomplete: 'new-password' }), { hint: passwordPolicyHint(), required: true });
  const confirm = field('confirm', L('ยืนยันรหัสผ่านใหม่ (พิมพ์อีกครั้ง)', 'Confirm the new password (type it again)'), h('input', { type: 'password', autocomplete: 'new-password' }), { required: true });
  const show = h('input', { type: 'checkbox', id: `${name}-show` });
  show.addEventListener('change', () => {
    for (const f of [password, confirm]) f.input.setAttribute('type', show.checked ? 'text' : 'password');
  });
  const toggle = h('label', { for: `${name}-show`, class: 'choice' }, show, ' ', L('แสดงรหัสผ่าน', 'Show the password'));
  return {
    password,
    confirm,
    nodes: [password.wrapper, confirm.wrapper, toggle],
    check(userId = '') {
      const value = password.input.value;
      const problem = value ? passwordProblem(value, userId) : 'REQUIRED';
      const differs = !problem && value !== confirm.input.value;
      setFieldError(password, undefined);
      setFieldError(confirm, undefined);
      if (problem) return [{ target: password, message: message(problem) }];
      return differs ? [{ target: confirm, message: L('รหัสผ่านทั้งสองช่องไม่ตรงกัน', 'The two entries differ') }] : [];
    },
  };
}
