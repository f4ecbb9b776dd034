// The account form's checks as plain functions over the shared rules, so the browser says what the
// API would without shipping zod (about 26 KB gzipped) to every visitor; the API stays the authority.
import { ROLES } from '../../shared/auth/roles';
import { isValidEmail } from '../../shared/domain/contact';
import { normalizeDigits } from '../../shared/domain/thai-text';

export interface FieldProblem {
  path: string;
  code: string;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const USER_ID = /^[A-Za-z0-9._-]{3,40}$/;
const OFFICE_CODE = /^[A-Z0-9-]{2,12}$/;
const HOSPITAL_CODE = /^(\d{7}|\d{5}|[0-9A-Z]{9})$/;

/** What `createAccountBody` (shared/schemas/accounts.ts) refuses, one code per field, in its order. */
export function newAccountErrors(body: { userId: string; email: string; nameTh: string; roles: string[]; officeCode?: string; hospitalCode?: string }): FieldProblem[] {
  const out: FieldProblem[] = [];
  const userId = normalizeDigits(body.userId).trim();
  // an empty field answers as the schema does; the page says "required" for an empty field itself
  if (!USER_ID.test(userId)) out.push({ path: 'userId', code: 'INVALID_VALUE' });
  if (!isValidEmail(body.email)) out.push({ path: 'email', code: 'INVALID_EMAIL' });
  const name = body.nameTh.normalize('NFC').trim();
  if (!name) out.push({ path: 'nameTh', code: 'REQUIRED' });
  else if (name.length > 120) out.push({ path: 'nameTh', code: 'TOO_LONG' });
  else if (CONTROL.test(name)) out.push({ path: 'nameTh', code: 'CONTROL_CHARACTERS' });
  if (body.roles.length === 0) out.push({ path: 'roles', code: 'TOO_SMALL' });
  else if (body.roles.some((r) => !(ROLES as readonly string[]).includes(r))) out.push({ path: 'roles', code: 'INVALID_OPTION' });
  else if (body.roles.includes('hospital') && body.roles.length > 1) out.push({ path: 'roles', code: 'ROLES_MIXED' });
  if (body.officeCode !== undefined && !OFFICE_CODE.test(body.officeCode.trim().toUpperCase())) out.push({ path: 'officeCode', code: 'INVALID_VALUE' });
  else if (body.roles.includes('area-office') && !body.officeCode) out.push({ path: 'officeCode', code: 'OFFICE_REQUIRED' });
  if (body.hospitalCode !== undefined && !HOSPITAL_CODE.test(normalizeDigits(body.hospitalCode).trim().toUpperCase())) out.push({ path: 'hospitalCode', code: 'HOSPITAL_CODE_FORMAT' });
  else if (body.roles.includes('hospital') && !body.hospitalCode) out.push({ path: 'hospitalCode', code: 'HOSPITAL_REQUIRED' });
  return out;
}
