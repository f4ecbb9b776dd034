// Reading one account, alone: what every signed-in request does (a session ends with its account),
// kept apart from accounts-repository.ts so that every function need not carry the inactivity
// rules with it. The account's type lives here too (accounts-repository.ts re-exports both), so
// the two modules do not import each other.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import type { Role } from '../auth/roles';
import type { InactivityAction } from '../domain/inactivity';
import { tableName, withoutKeys } from './table';

export type AccountStatus = 'active' | 'revoked' | 'cancelled' | 'pending-activation' | 'disabled';
export type { InactivityAction };

export interface Account {
  userId: string;
  kind: 'hospital' | 'staff';
  roles: Role[];
  status: AccountStatus;
  hospitalCode?: string;
  officeCode?: string;
  /** Where the account's mail goes (the requester's address for hospital ids). */
  email?: string;
  /** The person's name, for staff accounts created by an admin. */
  nameTh?: string;
  /** Moves on whenever the account's sessions must end; tokens carry the epoch they were issued in. */
  sessionEpoch?: number;
  /** The one activation link that may still be used (a new link replaces it). */
  activationId?: string;
  disabledAt?: string;
  passwordChangedAt?: string;
  passwordHash?: string;
  issuedAt: string;
  activatedAt?: string;
  lastLoginAt?: string;
  revokedAt?: string;
  revokedReason?: string;
  cancelledAt?: string;
  excludedFromInactivity?: boolean;
  excludedReason?: string;
  /** The next inactivity step and when it falls due; absent when the rule does not apply. */
  nextInactivityAction?: InactivityAction;
  nextInactivityAt?: string;
  revocableFrom?: string;
  issuedByRequest?: string;
  /** The panel a committee member sits on (seed 000: head office, area/provincial offices, insured persons). */
  committeePanel?: 'head-office' | 'area-office' | 'insured-persons';
  /** Hospitals a committee member declared a link to; they cannot score them. */
  conflictsOfInterest?: string[];
  reissuedByRequest?: string;
}

export const accountKey = (userId: string) => ({ pk: `USER#${userId}`, sk: 'ACCOUNT' });

/** The account's session epoch: tokens carrying another one are refused (0 for an account never reset). */
export const sessionEpochOf = (account: Pick<Account, 'sessionEpoch'>): number => account.sessionEpoch ?? 0;

export async function getAccount(userId: string): Promise<Account | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: accountKey(userId), ConsistentRead: true }));
  return Item ? withoutKeys<Account>(Item) : undefined;
}
