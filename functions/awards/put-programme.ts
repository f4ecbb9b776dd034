// POST /api/award-programmes: an admin creates or updates a programme, within its invariants.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { saveProgramme } from '../../shared/use-cases/award-programme-changes';

export const handler = httpHandler(awardsRoutes.putAwardProgramme, async ({ body, principal }) => ({ body: await saveProgramme(body, principal) }));
