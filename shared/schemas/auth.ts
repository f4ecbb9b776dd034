// Schemas of sign-in and activation.
import * as z from 'zod/mini';
import { normalizeDigitsInput, preprocess } from './common';

export const loginBody = z.object({
  userId: preprocess(normalizeDigitsInput, z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
  password: z.string().check(z.minLength(1), z.maxLength(256)),
});

export const loginResponse = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: z.object({
    userId: z.string(),
    roles: z.array(z.string()),
    hospitalCode: z.optional(z.string()),
    officeCode: z.optional(z.string()),
  }),
});
