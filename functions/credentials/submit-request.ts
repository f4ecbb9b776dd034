// POST /api/credential-requests/{requestId}/submit: once the signed PDF is in S3 and verified,
// the request is submitted, SSO staff are e-mailed and the requester gets an acknowledgement.
// Submitting twice (even at once) sends nothing twice.
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { appendAudit } from '../../shared/data/audit-repository';
import { getRequest, requestAggregate, transitionRequest, type CredentialRequest } from '../../shared/data/credential-requests-repository';
import { getHospital } from '../../shared/data/reference-repository';
import { config } from '../../shared/config';
import { ConflictError, NotFoundError, RuleError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { sendMail } from '../../shared/mail/outbox';
import { requesterAckMail, staffNewRequestMail } from '../../shared/mail/templates/credentials';
import { freezeSignedForm } from '../../shared/use-cases/credential-uploads';
import { verifyUpload } from '../../shared/uploads/upload-slots';
import { METRIC } from '../../shared/metric-names';
import { metrics, MetricUnit } from '../../shared/metrics';

export const handler = httpHandler(credentialsRoutes.submitCredentialRequest, async ({ params, body }) => {
  const request = await getRequest(params.requestId);
  if (!request) throw new NotFoundError('REQUEST_NOT_FOUND');
  if (request.status !== 'draft') {
    // a retry after a fault between the status change and the mail: queue the mails again
    // (their idempotency keys make this a no-op when they were queued already)
    if (request.status === 'submitted') await mailSubmission(request);
    return { status: 202, body: { status: request.status } };
  }

  // The S3 event may not have arrived yet: the same check runs here, on the object itself.
  const slot = await verifyUpload(request.signedFormKey);
  if (!slot || slot.status === 'awaiting-upload') throw new ConflictError('UPLOAD_MISSING');
  if (slot.status === 'rejected') throw new RuleError(slot.rejection ?? 'NOT_A_PDF', 'signedForm');
  if (body.sha256 && body.sha256.toLowerCase() !== slot.sha256) throw new RuleError('SHA256_MISMATCH', 'sha256');

  const at = new Date();
  const now = at.toISOString();
  // what the officer will read: a write-once copy of the checked file, not the upload key
  const signedFormReceivedKey = await freezeSignedForm(request, slot, at);
  const moved = await transitionRequest(request.requestId, 'draft', 'submitted', { submittedAt: now, signedFormSha256: slot.sha256, signedFormReceivedKey }, now);
  if (!moved) return { status: 202, body: { status: 'submitted' } };
  await appendAudit(requestAggregate(request.requestId), { at: now, actor: 'requester', action: 'submitted', fromState: 'draft', toState: 'submitted' });
  await mailSubmission({ ...request, status: 'submitted', submittedAt: now });
  metrics.addMetric(METRIC.credentialRequestSubmitted, MetricUnit.Count, 1);
  return { status: 202, body: { status: 'submitted' } };
});

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
