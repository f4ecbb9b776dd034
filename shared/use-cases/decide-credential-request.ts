// Deciding a credential request (seed 002), as a numbered course:
//  0. the request is read (404 when there is none);
//  1. the request moves submitted → approved/rejected (a conditional write: deciding twice is 409);
//  2. on approval, the account effect: `new` issues a user id, `reuse` reactivates the revoked id,
//     `cancel` cancels it; new and reuse get a single-use activation link (72 h);
//     if the effect fails, the request goes back to submitted so the officer can try again;
//  3. audit records on the request and the account;
//  4. the result is e-mailed to the requester's address only.
import { randomBytes } from 'node:crypto';
import { config } from '../config';
import { createAccount, getAccount, replaceAccount, sessionEpochOf, type Account } from '../data/accounts-repository';
import { createActivation } from '../data/activation-repository';
import { accountAggregate, appendAudit } from '../data/audit-repository';
import { getRequest, requestAggregate, transitionRequest, type CredentialRequest } from '../data/credential-requests-repository';
import { endSessions } from '../domain/account-sessions';
import { accountHospitalOf, accountMismatch } from '../domain/credential-request-rules';
import { formatUserId, USER_ID_RANDOM_BYTES } from '../domain/user-id';
import { ConflictError, NotFoundError, RuleError } from '../http/errors';
import { sendMail } from '../mail/outbox';
import { approvedMail, rejectedMail } from '../mail/templates/credentials';
import { METRIC } from '../metric-names';
import { metrics, MetricUnit } from '../metrics';

export interface Decision {
  decision: 'approve' | 'reject';
  reason?: string;
  officer: string;
}

export async function decideCredentialRequest(requestId: string, d: Decision, now = new Date()) {
  const request = await getRequest(requestId);
  if (!request) throw new NotFoundError('REQUEST_NOT_FOUND');
  if (request.status === 'draft') throw new ConflictError('NOT_SUBMITTED');
  if (request.status !== 'submitted') throw new ConflictError('ALREADY_DECIDED');
  const at = now.toISOString();
  const status = d.decision === 'approve' ? 'approved' : 'rejected';
  const decided = await transitionRequest(
    request.requestId,
    'submitted',
    status,
    { decidedAt: at, decidedBy: d.officer, ...(d.reason ? { decisionReason: d.reason } : {}) },
    at,
  );
  if (!decided) throw new ConflictError('ALREADY_DECIDED');

  let userId: string | undefined;
  let activation: { url: string; expiresAt: string } | undefined;
  if (status === 'approved') {
    try {
      ({ userId, activation } = await applyApproval(request, d.officer, now));
      await transitionRequest(request.requestId, 'approved', 'approved', { resultUserId: userId }, at);
    } catch (error) {
      await transitionRequest(request.requestId, 'approved', 'submitted', {}, request.submittedAt ?? at);
      throw error;
    }
  }
  await appendAudit(requestAggregate(request.requestId), {
    at,
    actor: d.officer,
    action: d.decision,
    fromState: 'submitted',
    toState: status,
    ...(d.reason ? { reason: d.reason } : {}),
  });

  await sendMail({
    id: `credential-result#${request.requestId}`,
    kind: `credential-request-${status}`,
    // to the requester only: no cc, no bcc, no staff copy
    to: [request.email],
    ...(status === 'approved' ? approvedMail(request, userId!, activation) : rejectedMail(request, d.reason ?? '')),
  });
  metrics.addMetric(METRIC.credentialRequestDecided, MetricUnit.Count, 1);
  return { requestId: request.requestId, status, userId: userId ?? null };
}

async function applyApproval(request: CredentialRequest, officer: string, now: Date) {
  const at = now.toISOString();
  const activationUrl = (token: string) => `${config().SITE_URL}/#/activate?token=${token}`;
  if (request.purpose === 'new') {
    const hospitalCode = accountHospitalOf(request);
    let account: Account | undefined;
    for (let attempt = 0; attempt < 5 && !account; attempt++) {
      const candidate: Account = {
        userId: formatUserId(hospitalCode, randomBytes(USER_ID_RANDOM_BYTES)),
        kind: 'hospital',
        roles: ['hospital'],
        status: 'pending-activation',
        hospitalCode,
        email: request.email,
        issuedAt: at,
        issuedByRequest: request.requestId,
      };
      if (await createAccount(candidate, now)) account = candidate;
    }
    if (!account) throw new ConflictError('CONFLICT');
    await appendAudit(accountAggregate(account.userId), { at, actor: officer, action: 'issued', toState: 'pending-activation', reason: request.requestId });
    const { token, expiresAt } = await createActivation(account.userId, request.requestId, now);
    return { userId: account.userId, activation: { url: activationUrl(token), expiresAt } };
  }

  const account = await getAccount(request.userId!);
  if (!account) throw new RuleError('USER_ID_NOT_FOUND', 'userId');
  if (request.purpose === 'cancel' && account.status === 'cancelled') return { userId: account.userId, activation: undefined };
  // the id's checks the public form could not answer (the officer saw them on the request): approving is refused
  const mismatch = accountMismatch(request, account);
  if (mismatch) throw new RuleError(mismatch.code, mismatch.path);
  if (request.purpose === 'reuse') {
    if (account.status !== 'revoked') throw new RuleError('USER_ID_NOT_REVOKED_FOR_INACTIVITY', 'userId');
    // a new issue date restarts the 6-month clock, so the id is not swept up again at once
    const next: Account = endSessions({ ...account, status: 'pending-activation', issuedAt: at, email: request.email, reissuedByRequest: request.requestId });
    delete next.passwordHash;
    if (!(await replaceAccount(next, { status: 'revoked' }, now))) throw new ConflictError('CONFLICT');
    await appendAudit(accountAggregate(account.userId), { at, actor: officer, action: 'reissued', fromState: 'revoked', toState: 'pending-activation', reason: request.requestId });
    const { token, expiresAt } = await createActivation(account.userId, request.requestId, now, { sessionEpoch: sessionEpochOf(next) });
    return { userId: account.userId, activation: { url: activationUrl(token), expiresAt } };
  }

  // cancel
  if (account.status === 'cancelled') return { userId: account.userId, activation: undefined };
  const cancelled: Account = endSessions({ ...account, status: 'cancelled', cancelledAt: at });
  if (!(await replaceAccount(cancelled, { status: account.status }, now))) throw new ConflictError('CONFLICT');
  await appendAudit(accountAggregate(account.userId), { at, actor: officer, action: 'cancelled', fromState: account.status, toState: 'cancelled', reason: request.requestId });
  return { userId: account.userId, activation: undefined };
}
