// PUT /api/admin/accounts/{userId}/inactivity-exclusion: take an id out of the rule (or back in), audited.
import { adminRoutes } from '../../shared/http/routes/admin';
import { getAccount, replaceAccount } from '../../shared/data/accounts-repository';
import { accountAggregate, appendAudit } from '../../shared/data/audit-repository';
import { ConflictError, NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(adminRoutes.setInactivityExclusion, async ({ params, body, principal }) => {
  const account = await getAccount(params.userId);
  if (!account) throw new NotFoundError('USER_ID_NOT_FOUND');
  const next = { ...account, excludedFromInactivity: body.excluded, excludedReason: body.reason };
  if (!(await replaceAccount(next, { status: account.status, lastLoginAt: account.lastLoginAt }))) throw new ConflictError();
  const at = new Date().toISOString();
  await appendAudit(accountAggregate(account.userId), {
    at,
    actor: principal.userId,
    action: body.excluded ? 'excluded-from-inactivity' : 'included-in-inactivity',
    reason: body.reason,
  });
  return { body: { userId: account.userId, excludedFromInactivity: body.excluded } };
});
