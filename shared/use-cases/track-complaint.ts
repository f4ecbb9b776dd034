// What a complainant may see of their case by its tracking code: never personal data. Kept apart
// from the staff reads so the public tracking function bundles only what it reads (1 case, 1 office).
import { findByTrackingCode } from '../data/complaints-repository';
import { getOffice } from '../data/reference-repository';
import { NotFoundError } from '../http/errors';

export async function trackComplaint(trackingCode: string) {
  // a code may be typed without its dash
  const code = trackingCode.includes('-') ? trackingCode : `${trackingCode.slice(0, 5)}-${trackingCode.slice(5)}`;
  const c = await findByTrackingCode(code);
  if (!c) throw new NotFoundError('TRACKING_NOT_FOUND');
  const office = await getOffice(c.officeCode);
  return {
    trackingCode: c.trackingCode,
    status: c.status,
    receivedAt: c.receivedAt,
    office: office ? { officeCode: office.officeCode, nameTh: office.nameTh, nameEn: office.nameEn } : { officeCode: c.officeCode },
    stages: c.stages.map(({ stage, dueAt, status, doneAt, provisional }) => ({ stage, dueAt, status, provisional, ...(doneAt ? { doneAt } : {}) })),
    ...(c.closedAt ? { closedAt: c.closedAt, outcome: c.outcome } : {}),
  };
}
