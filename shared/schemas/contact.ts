// Contact fields shared by the credential form and the complaint form: a Thai phone number
// (normalized) and an e-mail address (normalized; Yahoo addresses refused, SPEC §2).
import * as z from 'zod';
import { isBlockedEmailDomain, isValidEmail, normalizeEmail, normalizeThaiPhone } from '../domain/contact';

export const phoneField = z.string().max(40).transform((s, ctx) => {
  const phone = normalizeThaiPhone(s);
  if (!phone) {
    ctx.addIssue({ code: 'custom', message: 'PHONE_INVALID' });
    return z.NEVER;
  }
  return phone;
});

export const emailField = z
  .string()
  .max(254)
  .transform(normalizeEmail)
  .pipe(z.string().refine(isValidEmail, 'INVALID_EMAIL').refine((e) => !isBlockedEmailDomain(e), 'EMAIL_DOMAIN_NOT_ALLOWED'));
