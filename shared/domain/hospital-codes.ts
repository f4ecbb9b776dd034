// How a hospital is named: the SSO 7-digit hospital code, or the MOPH health service unit code
// (hcode: 5 digits, or 9 letters and digits for a unit registered since 1 Oct 2567 BE). Strings.
import { normalizeDigits } from './thai-text';

export const SSO_HOSPITAL_CODE = /^\d{7}$/;
export const HCODE = /^(\d{5}|[0-9A-Z]{9})$/;

/** An SSO 7-digit hospital code (Thai digits accepted), or undefined. */
export function normalizeHospitalCode(value: string): string | undefined {
  const s = normalizeDigits(value).trim();
  return SSO_HOSPITAL_CODE.test(s) ? s : undefined;
}

/** An hcode, Thai digits read as digits and letters upper case, or undefined. */
export function normalizeHcode(value: string): string | undefined {
  const s = normalizeDigits(value).trim().toUpperCase();
  return HCODE.test(s) ? s : undefined;
}
