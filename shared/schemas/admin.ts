// Schemas of the admin routes.
import * as z from 'zod';
import { isoInstant, text } from './common';

export const inactivityRunBody = z
  .object({
    dryRun: z.boolean(),
    asOf: isoInstant.optional(),
  })
  .strict()
  .refine((b) => !b.asOf || Math.abs(Date.parse(b.asOf) - Date.now()) < 2 * 366 * 86400_000, { path: ['asOf'], message: 'AS_OF_TOO_FAR' });

export const upcomingQuery = z.object({
  days: z.coerce.number().int().min(1).max(90).default(30),
});

export const exclusionBody = z.object({ excluded: z.boolean(), reason: text(300) }).strict();

/** A background job's id (a UUID), as the 202 of the route that queued it gave it. */
export const jobIdParams = z.object({ jobId: z.string().regex(/^[0-9a-f-]{36}$/, 'JOB_NOT_FOUND') });
