// POST /api/complaints: a complaint from any channel, routed to the responsible office, clock started.
import { complaintsRoutes } from '../../shared/http/routes/complaints';
import { httpHandler } from '../../shared/http/http-handler';
import { fileComplaint } from '../../shared/use-cases/file-complaint';

export const handler = httpHandler(complaintsRoutes.fileComplaint, async ({ body, principal }) => ({
  status: 201,
  body: await fileComplaint(body, principal),
}));
