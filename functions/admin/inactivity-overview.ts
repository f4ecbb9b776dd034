// GET /api/admin/inactivity-revocations: the last runs and the ids that fall due in the next days.
import { adminRoutes } from '../../shared/http/routes/admin';
import { dueInactivitySteps } from '../../shared/data/accounts-repository';
import { listRuns } from '../../shared/data/runs-repository';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(adminRoutes.inactivityOverview, async ({ query }) => {
  const horizon = new Date(Date.now() + query.days * 86400_000);
  const upcoming: Array<{ userId: string; hospitalCode?: string; revocableFrom?: string; nextAction?: string; nextAt?: string }> = [];
  for await (const a of dueInactivitySteps(horizon)) {
    if (a.revocableFrom && new Date(a.revocableFrom) <= horizon) {
      upcoming.push({
        userId: a.userId,
        ...(a.hospitalCode ? { hospitalCode: a.hospitalCode } : {}),
        ...(a.revocableFrom ? { revocableFrom: a.revocableFrom } : {}),
        ...(a.nextInactivityAction ? { nextAction: a.nextInactivityAction } : {}),
        ...(a.nextInactivityAt ? { nextAt: a.nextInactivityAt } : {}),
      });
    }
  }
  return { body: { runs: await listRuns('inactivity', 20), upcoming } };
});
