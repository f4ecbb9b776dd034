// Submitting a credential request once its signed form is in S3, as a numbered course:
//  1. a request no longer a draft answers with its status; a `submitted` one queues its mails again,
//     those not queued yet (they are committed with the move now; a request submitted when they were
//     sent after it may lack them): their fixed ids keep anything from going out twice;
//  2. the upload is checked here, on the object itself (the S3 event may not have arrived yet), and
//     against the SHA-256 the requester declared;
//  3. the checked file is frozen to its write-once received key (what the officer will read);
//  4. one transaction: the request moves draft → submitted (conditional: submitting twice, even at
//     once, sends nothing twice), with an audit record, the staff notice and the requester's
//     acknowledgement queued, and the upload's verdict when this check made it;
//  5. the table's stream has the queued mails sent, off the request path
//     (functions/mail/deliver-queued.ts; the retry job is the net).
import { config } from '../config';
import { auditWrite } from '../data/audit-repository';
import { getRequest, requestAggregate, transitionWrite, type CredentialRequest, type RequestStatus } from '../data/credential-requests-repository';
import { getHospital } from '../data/reference-repository';
import { failedConditions, writeTogether } from '../data/transaction';
import { verdictWrite } from '../data/upload-slots-repository';
import { ConflictError, NotFoundError, RuleError } from '../http/errors';
import { queueMail, queueMailAgain, type OutgoingMail } from '../mail/outbox';
import { requesterAckMail, staffNewRequestMail } from '../mail/templates/credentials';
import { METRIC } from '../metric-names';
import { metrics, MetricUnit } from '../metrics';
import { checkUpload } from '../uploads/upload-slots';
import { freezeSignedForm } from './credential-uploads';

export async function submitCredentialRequest(requestId: string, declared: { sha256?: string | undefined }, at = new Date()): Promise<{ status: RequestStatus }> {
  const request = await getRequest(requestId);
  if (!request) throw new NotFoundError('REQUEST_NOT_FOUND');
  if (request.status !== 'draft') {
    if (request.status === 'submitted') await queueMailAgain(await submissionMails(request), at);
    return { status: request.status };
  }

  // a verified verdict this check makes is committed below, with the submission
  const checked = await checkUpload(request.signedFormKey, at, { recordVerified: false });
  const slot = checked?.slot;
  if (!slot || slot.status === 'awaiting-upload') throw new ConflictError('UPLOAD_MISSING');
  if (slot.status === 'rejected') throw new RuleError(slot.rejection ?? 'NOT_A_PDF', 'signedForm');
  if (declared.sha256 && declared.sha256.toLowerCase() !== slot.sha256) throw new RuleError('SHA256_MISMATCH', 'sha256');

  const now = at.toISOString();
  const signedFormReceivedKey = await freezeSignedForm(request, slot, at);
  const mails = await submissionMails({ ...request, status: 'submitted', submittedAt: now });
  try {
    await writeTogether([
      transitionWrite(request.requestId, 'draft', 'submitted', { submittedAt: now, signedFormSha256: slot.sha256, signedFormReceivedKey }, now),
      auditWrite(requestAggregate(request.requestId), { at: now, actor: 'requester', action: 'submitted', fromState: 'draft', toState: 'submitted' }),
      ...mails.map((mail) => queueMail(mail, at)),
      ...(checked.unsaved ? [verdictWrite(slot)] : []),
    ]);
  } catch (error) {
    // another submit moved it first (and queued the mails): the same answer
    if (failedConditions(error)?.[0]) return { status: 'submitted' };
    // on AWS one still in flight cancels this one for the conflict instead: the client is asked to
    // retry (shared/http/problem.ts), and the retry answers as above
    throw error;
  }
  metrics.addMetric(METRIC.credentialRequestSubmitted, MetricUnit.Count, 1);
  return { status: 'submitted' };
}

/** The staff notice and the requester's acknowledgement, each with a fixed id (queued once). */
async function submissionMails(request: CredentialRequest): Promise<Array<OutgoingMail & { to: [string] }>> {
  const hospital = await getHospital(request.hospitalCode);
  const { SITE_URL, CREDENTIALS_MAILBOX } = config();
  return [
    {
      id: `credential-staff#${request.requestId}`,
      kind: 'credential-request-submitted',
      to: [CREDENTIALS_MAILBOX],
      ...staffNewRequestMail(request, hospital?.nameTh ?? request.hospitalCode, `${SITE_URL}/#/staff/credentials/${request.requestId}`),
    },
    {
      id: `credential-ack#${request.requestId}`,
      kind: 'credential-request-acknowledged',
      to: [request.email],
      ...requesterAckMail(request, `${SITE_URL}/#/credentials/${request.requestId}`),
    },
  ];
}
