// PUT /api/complaint-topics/{code}: an admin adds a complaint topic or renames one.
import { referenceRoutes } from '../../shared/http/routes/reference';
import { httpHandler } from '../../shared/http/http-handler';
import { putTopic } from '../../shared/use-cases/reference-admin';

export const handler = httpHandler(referenceRoutes.putComplaintTopic, async ({ params, body, principal }) => ({
  body: await putTopic({ code: params.code, ...body }, principal.userId),
}));
