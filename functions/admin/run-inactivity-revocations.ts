// POST /api/admin/inactivity-revocations: the daily sweep, run now by an admin. A dry run reads and
// answers at once (200); a real run may revoke and mail hundreds of ids, so it is a background job
// (202 {jobId}; GET /api/admin/jobs/{jobId}).
import { adminRoutes } from '../../shared/http/routes/admin';
import { httpHandler } from '../../shared/http/http-handler';
import { sweepInactivityNow } from '../../shared/use-cases/background-jobs';

export const handler = httpHandler(adminRoutes.runInactivityRevocations, async ({ body, principal }) => {
  const run = await sweepInactivityNow({ asOf: body.asOf ? new Date(body.asOf) : undefined, dryRun: body.dryRun }, principal.userId);
  if ('dryRun' in run) return { body: run.dryRun };
  return { status: 202, body: { jobId: run.queued.jobId, status: run.queued.status } };
});
