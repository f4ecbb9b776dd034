import { describe, expect, it } from 'vitest';
import { credentialRequestBody } from '../../../shared/schemas/credentials';
import { zodToFieldErrors } from '../../../shared/http/zod-errors';

const valid = {
  nationalId: '๑๑๐๑๗๐๐๒๓๐๗๐๘',
  title: 'นาย',
  firstNameTh: 'สมชาย',
  lastNameTh: 'ใจดี',
  firstNameEn: 'Somchai',
  lastNameEn: 'Jaidee',
  position: 'นักวิชาการ',
  hospitalCode: '๑๐๐๐๐๐๑',
  purpose: 'new',
  phone: '+66 81 234 5678',
  email: ' Somchai@Hospital.EXAMPLE ',
};
const errorsOf = (body: unknown) => {
  const r = credentialRequestBody.safeParse(body);
  return r.success ? [] : zodToFieldErrors(r.error, '').map((e) => `${e.path}:${e.code}`);
};

describe('the credential request schema', () => {
  it('normalises Thai digits, separators, phone and e-mail', () => {
    const parsed = credentialRequestBody.parse(valid);
    expect(parsed.nationalId).toBe('1101700230708');
    expect(parsed.hospitalCode).toBe('1000001');
    expect(parsed.phone).toBe('0812345678');
    expect(parsed.email).toBe('Somchai@hospital.example');
  });

  it.each(['me@yahoo.com', 'me@YAHOO.CO.TH', 'me@mail.yahoo.com', 'me@yahoo.com.'])('refuses the Yahoo address %s', (email) => {
    expect(errorsOf({ ...valid, email })).toEqual(['email:EMAIL_DOMAIN_NOT_ALLOWED']);
  });

  it('accepts a Gmail address', () => {
    expect(errorsOf({ ...valid, email: 'me@gmail.com' })).toEqual([]);
  });

  it.each([
    [{ nationalId: '1101700230705' }, 'nationalId:NATIONAL_ID_CHECKSUM'],
    [{ nationalId: '110170023070' }, 'nationalId:NATIONAL_ID_FORMAT'],
    [{ firstNameEn: 'สมชาย' }, 'firstNameEn:LATIN_SCRIPT_REQUIRED'],
    [{ lastNameTh: 'Jaidee' }, 'lastNameTh:THAI_SCRIPT_REQUIRED'],
    [{ position: '   ' }, 'position:REQUIRED'],
    [{ hospitalCode: '123456' }, 'hospitalCode:HOSPITAL_CODE_FORMAT'],
    [{ purpose: 'reuse' }, 'userId:USER_ID_REQUIRED'],
    [{ userId: 'H1000001-ABCD' }, 'userId:USER_ID_NOT_EXPECTED'],
    [{ phone: '1506' }, 'phone:PHONE_INVALID'],
    [{ position: 'a\u0007b' }, 'position:CONTROL_CHARACTERS'],
    [{ extra: 1 }, 'extra:UNKNOWN_FIELD'],
  ])('reports %j as %s', (override, expected) => {
    expect(errorsOf({ ...valid, ...override })).toEqual([expected]);
  });
});
