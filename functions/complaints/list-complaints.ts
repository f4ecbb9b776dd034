// GET /api/complaints?officeCode=&status=&hospitalCode=: queues; an area office sees its own office only.
import { complaintsRoutes } from '../../shared/http/routes/complaints';
import { maskName } from '../../shared/domain/contact';
import { httpHandler } from '../../shared/http/http-handler';
import { complaintQueue } from '../../shared/use-cases/read-complaints';

export const handler = httpHandler(complaintsRoutes.listComplaints, async ({ query, principal }) => ({
  body: (await complaintQueue(query, principal)).map((c) => ({
    complaintId: c.complaintId,
    trackingCode: c.trackingCode,
    channel: c.channel,
    hospitalCode: c.hospitalCode,
    officeCode: c.officeCode,
    topic: c.topic,
    status: c.status,
    receivedAt: c.receivedAt,
    complainant: maskName(c.complainant.name),
    stages: c.stages,
    breaches: c.breaches,
  })),
}));
