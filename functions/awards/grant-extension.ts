// POST /api/award-programmes/{yearBE}/extensions: one hospital gets a later deadline, with a reason.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { grantExtension } from '../../shared/use-cases/award-programme-changes';
import { loadProgramme } from '../../shared/use-cases/load-programme';

export const handler = httpHandler(awardsRoutes.grantAwardExtension, async ({ params, body, principal }) => ({
  body: await grantExtension(await loadProgramme(params.yearBE), body, principal),
}));
