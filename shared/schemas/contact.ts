// Contact fields shared by the credential form and the complaint form: a Thai phone number
// (normalized) and an e-mail address (normalized; Yahoo addresses refused, SPEC §2).
import * as z from 'zod/mini';
import { isBlockedEmailDomain, isValidEmail, normalizeEmail, normalizeThaiPhone } from '../domain/contact';
import { parsedString } from './common';

export const phoneField = parsedString(40, normalizeThaiPhone, 'PHONE_INVALID');

export const emailField = z.pipe(
  z.pipe(z.string().check(z.maxLength(254)), z.transform(normalizeEmail)),
  z.string().check(z.refine(isValidEmail, 'INVALID_EMAIL'), z.refine((e) => !isBlockedEmailDomain(e), 'EMAIL_DOMAIN_NOT_ALLOWED')),
);
