// The site's plain account-form checks (site/src/field-checks.ts) answer what the API's zod schema
// answers, field by field, so leaving zod out of the browser changes no message.
import { describe, expect, it } from 'vitest';
import { zodToFieldErrors } from '../../../shared/http/zod-errors';
import { createAccountBody } from '../../../shared/schemas/accounts';
import { newAccountErrors } from '../../../site/src/field-checks';

type Body = Parameters<typeof newAccountErrors>[0];
const ok: Body = { userId: 'staff.one', email: 'one@sso.go.th', nameTh: 'สมหญิง ใจดี', roles: ['info-center'] };
const cases: Array<[string, Body]> = [
  ['a good account', ok],
  ['everything empty', { userId: '', email: '', nameTh: '', roles: [] }],
  ['a user id too short', { ...ok, userId: 'ab' }],
  ['a user id with a space', { ...ok, userId: 'staff one' }],
  ['a user id in Thai digits', { ...ok, userId: 'H๑๐๐๐๐๐๑-K7QX' }],
  ['a bad e-mail', { ...ok, email: 'one@' }],
  ['a name of spaces', { ...ok, nameTh: '   ' }],
  ['a name too long', { ...ok, nameTh: 'ก'.repeat(121) }],
  ['hospital mixed with staff roles', { ...ok, roles: ['hospital', 'admin'], hospitalCode: '1000001' }],
  ['an area office without its office', { ...ok, roles: ['area-office'] }],
  ['an area office with its office', { ...ok, roles: ['area-office'], officeCode: 'BKK-01' }],
  ['a hospital account without its hospital', { ...ok, roles: ['hospital'] }],
  ['a hospital account with a bad code', { ...ok, roles: ['hospital'], hospitalCode: '12' }],
  ['a hospital account by hcode', { ...ok, roles: ['hospital'], hospitalCode: '10001' }],
];

const byZod = (b: Body) => {
  const r = createAccountBody.safeParse(b);
  return r.success ? {} : Object.fromEntries(zodToFieldErrors(r.error, '').map((e) => [e.path, e.code]));
};

describe('the account form checks in the browser', () => {
  it.each(cases)('answer as the API does for %s', (_name, body) => {
    expect(Object.fromEntries(newAccountErrors(body).map((e) => [e.path, e.code]))).toEqual(byZod(body));
  });
});
