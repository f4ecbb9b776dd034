// GET /api/complaints/track/{trackingCode}: what the complainant may see, never personal data.
import { complaintsRoutes } from '../../shared/http/routes/complaints';
import { httpHandler } from '../../shared/http/http-handler';
import { trackComplaint } from '../../shared/use-cases/track-complaint';

export const handler = httpHandler(complaintsRoutes.trackComplaint, async ({ params }) => ({ body: await trackComplaint(params.trackingCode) }));
