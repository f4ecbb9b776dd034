// GET /api/complaints/track/{trackingCode}: what the complainant may see, never personal data.
import { complaintsRoutes } from '../../shared/http/routes/complaints';
import { findByTrackingCode } from '../../shared/data/complaints-repository';
import { getOffice } from '../../shared/data/reference-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(complaintsRoutes.trackComplaint, async ({ params }) => {
  const code = params.trackingCode.includes('-') ? params.trackingCode : `${params.trackingCode.slice(0, 5)}-${params.trackingCode.slice(5)}`;
  const c = await findByTrackingCode(code);
  if (!c) throw new NotFoundError('TRACKING_NOT_FOUND');
  const office = await getOffice(c.officeCode);
  return {
    body: {
      trackingCode: c.trackingCode,
      status: c.status,
      receivedAt: c.receivedAt,
      office: office ? { officeCode: office.officeCode, nameTh: office.nameTh, nameEn: office.nameEn } : { officeCode: c.officeCode },
      stages: c.stages.map(({ stage, dueAt, status, doneAt, provisional }) => ({ stage, dueAt, status, provisional, ...(doneAt ? { doneAt } : {}) })),
      ...(c.closedAt ? { closedAt: c.closedAt, outcome: c.outcome } : {}),
    },
  };
});
