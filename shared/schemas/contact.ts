// Contact fields shared by the credential form and the complaint form: a Thai phone number
// (normalized) and an e-mail address (normalized; Yahoo addresses refused, SPEC §2).
import * as z from 'zod/mini';
import { isBlockedEmailDomain, isValidEmail, normalizeEmail, normalizeThaiPhone } from '../domain/contact';

export const phoneField = z.pipe(
  z.string().check(z.maxLength(40)),
  z.transform((s: string, ctx) => {
    const phone = normalizeThaiPhone(s);
    if (!phone) {
      ctx.issues.push({ code: 'custom', message: 'PHONE_INVALID', input: s });
      return z.NEVER;
    }
    return phone;
  }),
);

export const emailField = z.pipe(
  z.pipe(z.string().check(z.maxLength(254)), z.transform(normalizeEmail)),
  z.string().check(z.refine(isValidEmail, 'INVALID_EMAIL'), z.refine((e) => !isBlockedEmailDomain(e), 'EMAIL_DOMAIN_NOT_ALLOWED')),
);
