// Schemas of the admin routes.
import * as z from 'zod/mini';
import { isoInstant, text } from './common';

export const inactivityRunBody = z
  .strictObject({
    dryRun: z.boolean(),
    asOf: z.optional(isoInstant),
  })
  .check(z.refine((b) => !b.asOf || Math.abs(Date.parse(b.asOf) - Date.now()) < 2 * 366 * 86400_000, { path: ['asOf'], message: 'AS_OF_TOO_FAR' }));

export const upcomingQuery = z.object({
  days: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(90)), 30),
});

export const exclusionBody = z.strictObject({ excluded: z.boolean(), reason: text(300) });

/** A background job's id (a UUID), as the 202 of the route that queued it gave it. */
export const jobIdParams = z.object({ jobId: z.string().check(z.regex(/^[0-9a-f-]{36}$/, 'JOB_NOT_FOUND')) });
