// PUT /api/admin/accounts/{userId}/inactivity-exclusion: take an id out of the rule (or back in), audited.
import { adminRoutes } from '../../shared/http/routes/admin';
import { httpHandler } from '../../shared/http/http-handler';
import { setInactivityExclusion } from '../../shared/use-cases/inactivity-admin';

export const handler = httpHandler(adminRoutes.setInactivityExclusion, async ({ params, body, principal }) => ({
  body: await setInactivityExclusion(params.userId, body, principal.userId),
}));
