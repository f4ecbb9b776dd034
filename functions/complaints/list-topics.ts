// GET /api/complaint-topics
import { complaintsRoutes } from '../../shared/http/routes/complaints';
import { listTopics } from '../../shared/data/complaints-repository';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(complaintsRoutes.listComplaintTopics, async () => ({ body: await listTopics(), headers: { 'cache-control': 'public, max-age=300' } }));
