// GET /api/sla-policy: the complaint SLA policy in force (the shipped default until an admin sets one).
import { referenceRoutes } from '../../shared/http/routes/reference';
import { httpHandler } from '../../shared/http/http-handler';
import { slaPolicy } from '../../shared/use-cases/complaint-sla';

export const handler = httpHandler(referenceRoutes.getSlaPolicy, async () => ({ body: await slaPolicy() }));
