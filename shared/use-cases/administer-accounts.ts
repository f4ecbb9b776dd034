// Staff account administration (admins) and the first admin (the bootstrap command):
//  - create an account with its roles and its office or hospital, pending until its owner sets a
//    password from the mailed activation link;
//  - change roles, office, hospital, mailbox or name; disable and re-enable;
//  - send a fresh activation link (earlier links stop working);
//  - never leave the system without an active admin.
// Every change ends the account's sessions where it changes what a token may do, and is audited
// with its before and after.
import { config } from '../config';
import { createAccount, getAccount, listAccounts, replaceAccount, sessionEpochOf, type Account } from '../data/accounts-repository';
import { createActivation } from '../data/activation-repository';
import { adminTarget, recordAdminChange } from '../data/audit-repository';
import { getOffice } from '../data/reference-repository';
import { endSessions } from '../domain/account-sessions';
import { ConflictError, NotFoundError, RuleError } from '../http/errors';
import type { Role } from '../auth/roles';
import { sendMail } from '../mail/outbox';
import { accountActivationMail } from '../mail/templates/accounts';
import { resolveHospital } from './resolve-hospital';

export interface NewAccount {
  userId: string;
  email: string;
  nameTh: string;
  roles: Role[];
  officeCode?: string | undefined;
  hospitalCode?: string | undefined;
}

export interface AccountChange {
  roles?: Role[] | undefined;
  officeCode?: string | null | undefined;
  hospitalCode?: string | null | undefined;
  status?: 'active' | 'disabled' | undefined;
  email?: string | undefined;
  nameTh?: string | undefined;
}

/** What admins see of an account (never its password hash or link state). */
export function accountView(a: Account) {
  return {
    userId: a.userId,
    email: a.email ?? null,
    nameTh: a.nameTh ?? null,
    roles: a.roles,
    officeCode: a.officeCode ?? null,
    hospitalCode: a.hospitalCode ?? null,
    status: a.status,
    lastLoginAt: a.lastLoginAt ?? null,
  };
}

const isActiveAdmin = (a: Account) => a.status === 'active' && a.roles.includes('admin');

export async function listAccountsForAdmin(filter: { role?: Role | undefined; officeCode?: string | undefined; status?: string | undefined }) {
  const kinds: Account['kind'][] = filter.role === 'hospital' ? ['hospital'] : filter.role ? ['staff'] : ['staff', 'hospital'];
  const accounts = (await Promise.all(kinds.map((k) => listAccounts(k)))).flat();
  return accounts
    .filter((a) => !filter.role || a.roles.includes(filter.role))
    .filter((a) => !filter.officeCode || a.officeCode === filter.officeCode)
    .filter((a) => !filter.status || a.status === filter.status)
    .map(accountView);
}

/** Checks the office and hospital an account is bound to; returns the hospital's 7-digit code (an hcode may name it). */
async function checkBindings(roles: Role[], officeCode: string | undefined, hospitalCode: string | undefined): Promise<string | undefined> {
  if (officeCode && !(await getOffice(officeCode))) throw new RuleError('UNKNOWN_OFFICE', 'officeCode');
  const hospital = hospitalCode ? await resolveHospital(hospitalCode) : undefined;
  if (hospitalCode && !hospital) throw new RuleError('UNKNOWN_HOSPITAL', 'hospitalCode');
  if (roles.includes('area-office') && !officeCode) throw new RuleError('OFFICE_REQUIRED', 'officeCode');
  if (roles.includes('hospital') && !hospitalCode) throw new RuleError('HOSPITAL_REQUIRED', 'hospitalCode');
  return hospital?.code;
}

export async function createStaffAccount(input: NewAccount, actor: string, now = new Date()) {
  const hospitalCode = await checkBindings(input.roles, input.officeCode, input.hospitalCode);
  const at = now.toISOString();
  const account: Account = {
    userId: input.userId,
    kind: input.roles.includes('hospital') ? 'hospital' : 'staff',
    roles: input.roles,
    status: 'pending-activation',
    email: input.email,
    nameTh: input.nameTh,
    issuedAt: at,
    ...(input.officeCode ? { officeCode: input.officeCode } : {}),
    ...(hospitalCode ? { hospitalCode } : {}),
  };
  if (!(await createAccount(account, now))) throw new ConflictError('USER_ID_TAKEN');
  await recordAdminChange({ at, actor, action: 'account.create', target: adminTarget.account(account.userId), after: accountView(account) });
  await mailActivation(account, actor === 'cli:admin-bootstrap' ? 'bootstrap' : 'admin', now);
  return { userId: account.userId, status: account.status };
}

export async function updateStaffAccount(userId: string, change: AccountChange, actor: string, now = new Date()) {
  const account = await getAccount(userId);
  if (!account) throw new NotFoundError('USER_ID_NOT_FOUND');
  const next: Account = { ...account };
  if (change.roles) next.roles = change.roles;
  if (change.officeCode !== undefined) setOrDrop(next, 'officeCode', change.officeCode);
  if (change.hospitalCode !== undefined) setOrDrop(next, 'hospitalCode', change.hospitalCode);
  if (change.email) next.email = change.email;
  if (change.nameTh) next.nameTh = change.nameTh;
  if (change.status === 'disabled' && account.status !== 'disabled') {
    if (account.status !== 'active' && account.status !== 'pending-activation') throw new RuleError('ACCOUNT_NOT_ENABLED', 'status');
    next.status = 'disabled';
    next.disabledAt = now.toISOString();
  }
  if (change.status === 'active' && account.status !== 'active') {
    if (account.status !== 'disabled') throw new RuleError('ACCOUNT_NOT_DISABLED', 'status');
    // back to where it was: active if a password was ever set, else waiting for activation
    next.status = account.passwordHash ? 'active' : 'pending-activation';
    delete next.disabledAt;
  }
  if (next.roles.includes('hospital') && next.roles.length > 1) throw new RuleError('ROLES_MIXED', 'roles');
  if (change.roles && next.roles.includes('hospital') !== (account.kind === 'hospital')) throw new RuleError('ROLES_MIXED', 'roles');
  const hospitalCode = await checkBindings(next.roles, next.officeCode, next.hospitalCode);
  if (hospitalCode) next.hospitalCode = hospitalCode;
  if (isActiveAdmin(account) && !isActiveAdmin(next)) await refuseLastAdmin(account.userId);

  const endsSessions =
    next.status !== account.status ||
    next.roles.join() !== account.roles.join() ||
    next.officeCode !== account.officeCode ||
    next.hospitalCode !== account.hospitalCode;
  const stored = endsSessions ? endSessions(next) : next;
  if (!(await replaceAccount(stored, { status: account.status, lastLoginAt: account.lastLoginAt }, now))) throw new ConflictError();
  await recordAdminChange({ at: now.toISOString(), actor, action: 'account.update', target: adminTarget.account(userId), before: accountView(account), after: accountView(stored) });
  return accountView(stored);
}

/** A fresh activation link for an account still waiting for one; earlier links stop working. */
export async function resendActivation(userId: string, actor: string, now = new Date()) {
  const account = await getAccount(userId);
  if (!account) throw new NotFoundError('USER_ID_NOT_FOUND');
  if (account.status !== 'pending-activation') throw new RuleError('ACCOUNT_NOT_PENDING');
  const next = endSessions(account);
  if (!(await replaceAccount(next, { status: 'pending-activation' }, now))) throw new ConflictError();
  await recordAdminChange({ at: now.toISOString(), actor, action: 'account.resend-activation', target: adminTarget.account(userId) });
  await mailActivation(next, actor === 'cli:admin-bootstrap' ? 'bootstrap' : 'admin', now);
  return { userId, status: next.status };
}

/**
 * The first admin of an empty deployment (`npm run admin:bootstrap`). Refused once an active
 * admin exists; run again for the same pending id, it sends a fresh link.
 */
export async function bootstrapAdmin(input: { userId: string; email: string; nameTh?: string | undefined }, now = new Date()) {
  const staff = await listAccounts('staff');
  if (staff.some(isActiveAdmin)) throw new ConflictError('ADMIN_EXISTS');
  const existing = staff.find((a) => a.userId === input.userId);
  if (existing?.status === 'pending-activation' && existing.roles.includes('admin')) return resendActivation(input.userId, 'cli:admin-bootstrap', now);
  return createStaffAccount({ userId: input.userId, email: input.email, nameTh: input.nameTh ?? input.userId, roles: ['admin'] }, 'cli:admin-bootstrap', now);
}

async function refuseLastAdmin(userId: string): Promise<void> {
  const others = (await listAccounts('staff')).filter((a) => a.userId !== userId && isActiveAdmin(a));
  if (others.length === 0) throw new ConflictError('LAST_ADMIN');
}

async function mailActivation(account: Account, reason: string, now: Date): Promise<void> {
  if (!account.email) return;
  const { token, expiresAt } = await createActivation(account.userId, reason, now, { sessionEpoch: sessionEpochOf(account) });
  await sendMail(
    {
      id: `account-activation#${account.userId}#${sessionEpochOf(account)}`,
      kind: 'account-activation',
      to: [account.email],
      ...accountActivationMail(account, { url: `${config().SITE_URL}/#/activate?token=${token}`, expiresAt }),
    },
    now,
  );
}

function setOrDrop(account: Account, field: 'officeCode' | 'hospitalCode', value: string | null): void {
  if (value === null) delete account[field];
  else account[field] = value;
}
