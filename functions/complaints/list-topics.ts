// GET /api/complaint-topics
import { routes } from '../../infra/routes';
import { listTopics } from '../../shared/data/complaints-repository';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(routes.listComplaintTopics, async () => ({ body: await listTopics(), headers: { 'cache-control': 'public, max-age=300' } }));
