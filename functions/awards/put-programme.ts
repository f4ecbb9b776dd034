// POST /api/award-programmes: an admin creates or updates a programme.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { appendAudit } from '../../shared/data/audit-repository';
import { putProgramme } from '../../shared/data/awards-repository';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(awardsRoutes.putAwardProgramme, async ({ body, principal }) => {
  await putProgramme(body);
  await appendAudit(`AWARD#${body.yearBE}`, { at: new Date().toISOString(), actor: principal.userId, action: 'programme-saved' });
  return { body };
});
