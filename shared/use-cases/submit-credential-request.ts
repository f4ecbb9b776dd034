// Submitting a credential request once its signed form is in S3, as a numbered course:
//  1. a request no longer a draft answers with its status; a `submitted` one queues its mails again
//     (a retry after a fault between the status change and the mails: their idempotency keys make
//     this a no-op when they were queued already);
//  2. the upload is checked here, on the object itself (the S3 event may not have arrived yet), and
//     against the SHA-256 the requester declared;
//  3. the checked file is frozen to its write-once received key (what the officer will read);
//  4. the request moves draft → submitted (a conditional write: submitting twice, even at once, sends
//     nothing twice), with an audit record;
//  5. SSO staff are e-mailed and the requester gets an acknowledgement.
import { config } from '../config';
import { appendAudit } from '../data/audit-repository';
import { getRequest, requestAggregate, transitionRequest, type CredentialRequest, type RequestStatus } from '../data/credential-requests-repository';
import { getHospital } from '../data/reference-repository';
import { ConflictError, NotFoundError, RuleError } from '../http/errors';
import { sendMail } from '../mail/outbox';
import { requesterAckMail, staffNewRequestMail } from '../mail/templates/credentials';
import { METRIC } from '../metric-names';
import { metrics, MetricUnit } from '../metrics';
import { verifyUpload } from '../uploads/upload-slots';
import { freezeSignedForm } from './credential-uploads';

export async function submitCredentialRequest(requestId: string, declared: { sha256?: string | undefined }, at = new Date()): Promise<{ status: RequestStatus }> {
  const request = await getRequest(requestId);
  if (!request) throw new NotFoundError('REQUEST_NOT_FOUND');
  if (request.status !== 'draft') {
    if (request.status === 'submitted') await mailSubmission(request);
    return { status: request.status };
  }

  const slot = await verifyUpload(request.signedFormKey);
  if (!slot || slot.status === 'awaiting-upload') throw new ConflictError('UPLOAD_MISSING');
  if (slot.status === 'rejected') throw new RuleError(slot.rejection ?? 'NOT_A_PDF', 'signedForm');
  if (declared.sha256 && declared.sha256.toLowerCase() !== slot.sha256) throw new RuleError('SHA256_MISMATCH', 'sha256');

  const now = at.toISOString();
  const signedFormReceivedKey = await freezeSignedForm(request, slot, at);
  const moved = await transitionRequest(request.requestId, 'draft', 'submitted', { submittedAt: now, signedFormSha256: slot.sha256, signedFormReceivedKey }, now);
  if (!moved) return { status: 'submitted' };
  await appendAudit(requestAggregate(request.requestId), { at: now, actor: 'requester', action: 'submitted', fromState: 'draft', toState: 'submitted' });
  await mailSubmission({ ...request, status: 'submitted', submittedAt: now });
  metrics.addMetric(METRIC.credentialRequestSubmitted, MetricUnit.Count, 1);
  return { status: 'submitted' };
}

/** The staff notice and the requester's acknowledgement, each queued once. */
async function mailSubmission(request: CredentialRequest): Promise<void> {
  const hospital = await getHospital(request.hospitalCode);
  const { SITE_URL, CREDENTIALS_MAILBOX } = config();
  await sendMail({
    id: `credential-staff#${request.requestId}`,
    kind: 'credential-request-submitted',
    to: [CREDENTIALS_MAILBOX],
    ...staffNewRequestMail(request, hospital?.nameTh ?? request.hospitalCode, `${SITE_URL}/#/staff/credentials/${request.requestId}`),
  });
  await sendMail({
    id: `credential-ack#${request.requestId}`,
    kind: 'credential-request-acknowledged',
    to: [request.email],
    ...requesterAckMail(request, `${SITE_URL}/#/credentials/${request.requestId}`),
  });
}
