// Credential requests: one item per request, listed per status through gsi1.
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import type { CredentialRequestInput } from '../schemas/credentials';
import { createHash } from 'node:crypto';
import { GSI1, GSI2, isConditionFailed, queryAll, tableName, withoutKeys } from './table';
import type { TableRead, TableWrite } from './transaction';

export type RequestStatus = 'draft' | 'submitted' | 'approved' | 'rejected';

export interface CredentialRequest extends CredentialRequestInput {
  requestId: string;
  status: RequestStatus;
  createdAt: string;
  submittedAt?: string;
  decidedAt?: string;
  decidedBy?: string;
  decisionReason?: string;
  /** The user id issued, reused or cancelled by the decision. */
  resultUserId?: string;
  signedFormKey: string;
  signedFormSha256?: string;
  /** The write-once copy of the signed form made at submit (`received/…`); the officer's link reads it. */
  signedFormReceivedKey?: string;
}

const key = (requestId: string) => ({ pk: `CREDREQ#${requestId}`, sk: 'REQUEST' });
export const requestAggregate = (requestId: string) => `CREDREQ#${requestId}`;

/** The person index: a hash of the national ID (the ID itself never becomes a key). */
const personKey = (nationalId: string) => `CREDREQ_PERSON#${createHash('sha256').update(nationalId).digest('hex')}`;

/** The request as a read to make with others (`readTogether`). */
export const requestRead = (requestId: string): TableRead<CredentialRequest | undefined> => ({ Key: key(requestId), decode: (item) => (item ? withoutKeys<CredentialRequest>(item) : undefined) });

/** A new request as a write to commit with its audit record and upload slot. */
export const newRequestWrite = (request: CredentialRequest): TableWrite => ({
  Put: {
    Item: {
      ...key(request.requestId),
      gsi1pk: `CREDREQ_STATUS#${request.status}`,
      gsi1sk: `${request.createdAt}#${request.requestId}`,
      gsi2pk: personKey(request.nationalId),
      gsi2sk: `${request.createdAt}#${request.requestId}`,
      ...request,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

export async function getRequest(requestId: string): Promise<CredentialRequest | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: key(requestId), ConsistentRead: true }));
  return Item ? withoutKeys<CredentialRequest>(Item) : undefined;
}

/** The update that moves a request from one status to the next, with extra fields, only if it is still in `from`. */
function transition(requestId: string, from: RequestStatus, to: RequestStatus, fields: Partial<CredentialRequest>, at: string) {
  const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
  const sets = ['#status = :to', 'gsi1pk = :gpk', 'gsi1sk = :gsk', ...entries.map(([k]) => `#f_${k} = :f_${k}`)];
  return {
    Key: key(requestId),
    UpdateExpression: `SET ${sets.join(', ')}`,
    ConditionExpression: '#status = :from',
    ExpressionAttributeNames: { '#status': 'status', ...Object.fromEntries(entries.map(([k]) => [`#f_${k}`, k])) },
    ExpressionAttributeValues: {
      ':to': to,
      ':from': from,
      ':gpk': `CREDREQ_STATUS#${to}`,
      ':gsk': `${at}#${requestId}`,
      ...Object.fromEntries(entries.map(([k, v]) => [`:f_${k}`, v])),
    },
  };
}

/**
 * The same move as a write to commit with others: the transaction is refused on its condition when
 * another writer moved the request first.
 */
export const transitionWrite = (...args: Parameters<typeof transition>): TableWrite => ({ Update: transition(...args) });

/**
 * Moves a request from one status to the next, with extra fields, only if it is still in `from`.
 * Returns false when another writer moved it first (the caller answers idempotently or with 409).
 */
export async function transitionRequest(
  requestId: string,
  from: RequestStatus,
  to: RequestStatus,
  fields: Partial<CredentialRequest>,
  at: string,
): Promise<boolean> {
  try {
    await ddb.send(new UpdateCommand({ TableName: tableName(), ...transition(requestId, from, to, fields, at) }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** Requests in one status, oldest first (the officers' queue). */
export async function listRequestsByStatus(status: RequestStatus, limit = 200): Promise<CredentialRequest[]> {
  const page = await ddb.send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': `CREDREQ_STATUS#${status}` },
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map((i) => withoutKeys<CredentialRequest>(i));
}

/** Every request filed by the same person (national ID), oldest first: a few at most. */
export async function requestsOfPerson(nationalId: string): Promise<CredentialRequest[]> {
  const items = await queryAll({ IndexName: GSI2, KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': personKey(nationalId) } });
  return items.map((i) => withoutKeys<CredentialRequest>(i));
}
