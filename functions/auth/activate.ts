// POST /api/auth/activate: the single-use link from the approval e-mail sets the password.
import { authRoutes } from '../../infra/routes/auth';
import { hashPassword } from '../../shared/auth/passwords';
import { getAccount, replaceAccount } from '../../shared/data/accounts-repository';
import { consumeActivation, findActivation } from '../../shared/data/activation-repository';
import { accountAggregate, appendAudit } from '../../shared/data/audit-repository';
import { RuleError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(authRoutes.activate, async ({ body }) => {
  const now = new Date();
  const activation = await findActivation(body.token, now);
  const account = activation ? await getAccount(activation.userId) : undefined;
  if (!activation || !account || account.status !== 'pending-activation') throw new RuleError('ACTIVATION_INVALID', 'token');
  const passwordHash = await hashPassword(body.password);
  if (!(await consumeActivation(body.token, now))) throw new RuleError('ACTIVATION_INVALID', 'token');
  const activated = { ...account, status: 'active' as const, passwordHash, activatedAt: now.toISOString() };
  if (!(await replaceAccount(activated, { status: 'pending-activation' }, now))) throw new RuleError('ACTIVATION_INVALID', 'token');
  await appendAudit(accountAggregate(account.userId), { at: now.toISOString(), actor: account.userId, action: 'activated', fromState: 'pending-activation', toState: 'active' });
  return { body: { userId: account.userId, status: 'active' } };
});
