// PUT /api/sla-policy: an admin sets the complaint SLA policy (deadlines computed from now on follow it).
import { referenceRoutes } from '../../shared/http/routes/reference';
import { httpHandler } from '../../shared/http/http-handler';
import { setSlaPolicy } from '../../shared/use-cases/reference-admin';

export const handler = httpHandler(referenceRoutes.putSlaPolicy, async ({ body, principal }) => ({
  body: await setSlaPolicy(body, principal.userId),
}));
