// Schemas of sign-in and activation.
import * as z from 'zod';
import { normalizeDigitsInput } from './common';

export const loginBody = z.object({
  userId: z.preprocess(normalizeDigitsInput, z.string().trim().min(1).max(64)),
  password: z.string().min(1).max(256),
});

export const loginResponse = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: z.object({
    userId: z.string(),
    roles: z.array(z.string()),
    hospitalCode: z.string().optional(),
    officeCode: z.string().optional(),
  }),
});
