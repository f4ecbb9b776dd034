// Addresses SES could not deliver to, or whose owner marked our mail as spam: one item per address
// (`MAILSTATUS#<lower-case address>`), written by the SES event handler, read where staff need to
// know that a requester never got our mail.
import { BatchGetCommand, UpdateCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import { isConditionFailed, tableName, withoutKeys } from './table';

export type MailEventKind = 'bounce' | 'complaint';

export interface MailStatus {
  address: string;
  /** The latest event: a bounce (SES gave up on the address) or a complaint (marked as spam). */
  kind: MailEventKind;
  /** SES's bounce type: Permanent (no such mailbox), Transient (e.g. mailbox full), Undetermined. */
  bounceType?: string;
  bounceSubType?: string;
  at: string;
  /** How many bounce/complaint events came for the address. */
  events: number;
}

const statusKey = (address: string) => ({ pk: `MAILSTATUS#${address.trim().toLowerCase()}`, sk: 'MAILSTATUS' });

/** Records one SES event for an address; an older event (SNS may deliver late or twice) leaves the latest in place. */
export async function recordMailEvent(address: string, event: { kind: MailEventKind; at: string; bounceType?: string; bounceSubType?: string }): Promise<void> {
  const detail = { ':kind': event.kind, ':at': event.at, ':bt': event.bounceType ?? null, ':bst': event.bounceSubType ?? null };
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: statusKey(address),
        UpdateExpression: 'SET address = :address, #kind = :kind, #at = :at, bounceType = :bt, bounceSubType = :bst ADD #events :one',
        ConditionExpression: 'attribute_not_exists(#at) OR #at <= :at',
        ExpressionAttributeNames: { '#kind': 'kind', '#at': 'at', '#events': 'events' },
        ExpressionAttributeValues: { ':address': address.trim().toLowerCase(), ':one': 1, ...detail },
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

/** The statuses of some addresses (only those with one), by lower-case address. */
export async function getMailStatuses(addresses: string[]): Promise<Map<string, MailStatus>> {
  const unique = [...new Set(addresses.map((a) => a.trim().toLowerCase()))];
  const found = new Map<string, MailStatus>();
  for (let i = 0; i < unique.length; i += 100) {
    let keys: Array<Record<string, unknown>> | undefined = unique.slice(i, i + 100).map(statusKey);
    for (let attempt = 0; keys && keys.length > 0 && attempt < 4; attempt++) {
      const answer: BatchGetCommandOutput = await ddb.send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keys } } }));
      for (const item of answer.Responses?.[tableName()] ?? []) {
        const status = withoutKeys<MailStatus>(item);
        found.set(status.address, status);
      }
      keys = answer.UnprocessedKeys?.[tableName()]?.Keys;
    }
  }
  return found;
}

/** Did our mail to this address bounce (or was it marked as spam)? */
export async function mailStatusOf(address: string): Promise<MailStatus | undefined> {
  return (await getMailStatuses([address])).get(address.trim().toLowerCase());
}
