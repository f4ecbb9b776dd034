// POST /api/admin/inactivity-revocations: the daily sweep, run now by an admin. A dry run reads and
// answers at once (200); a real run may revoke and mail hundreds of ids, so it is a background job
// (202 {jobId}; GET /api/admin/jobs/{jobId}).
import { adminRoutes } from '../../shared/http/routes/admin';
import { httpHandler } from '../../shared/http/http-handler';
import { startJob } from '../../shared/use-cases/background-jobs';
import { assertRealRunAsOf, runInactivitySweep } from '../../shared/use-cases/inactivity-sweep';

export const handler = httpHandler(adminRoutes.runInactivityRevocations, async ({ body, principal }) => {
  const asOf = body.asOf ? new Date(body.asOf) : new Date();
  if (body.dryRun) return { body: await runInactivitySweep({ asOf, dryRun: true, trigger: 'admin', actor: principal.userId }) };
  assertRealRunAsOf(asOf);
  const job = await startJob('inactivity-sweep', { asOf: asOf.toISOString() }, principal.userId);
  return { status: 202, body: { jobId: job.jobId, status: job.status } };
});
