// POST /api/admin/inactivity-revocations: the daily sweep, run now by an admin (dry run or real).
import { adminRoutes } from '../../infra/routes/admin';
import { httpHandler } from '../../shared/http/http-handler';
import { runInactivitySweep } from '../../shared/use-cases/inactivity-sweep';

export const handler = httpHandler(adminRoutes.runInactivityRevocations, async ({ body, principal }) => {
  const result = await runInactivitySweep({
    asOf: body.asOf ? new Date(body.asOf) : new Date(),
    dryRun: body.dryRun,
    trigger: 'admin',
    actor: principal.userId,
  });
  return { body: result };
});
