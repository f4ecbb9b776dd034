// POST /api/complaints: a complaint from any channel, routed to the responsible office, clock started.
import { routes } from '../../infra/routes';
import { httpHandler } from '../../shared/http/http-handler';
import { fileComplaint } from '../../shared/use-cases/file-complaint';

export const handler = httpHandler(routes.fileComplaint, async ({ body, principal }) => ({
  status: 201,
  body: await fileComplaint(body, principal),
}));
