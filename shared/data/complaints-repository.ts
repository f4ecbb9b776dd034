// Complaints: the case item, its event log and its tracking code.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import { tableName, withoutKeys } from './table';

export interface ComplaintCase {
  complaintId: string;
  status: 'open' | 'paused' | 'closed';
  officeCode: string;
  hospitalCode: string;
  /** Bumped whenever the SLA execution is replaced; a stale execution's checks do nothing. */
  slaGeneration: number;
}

export async function getComplaint(complaintId: string): Promise<ComplaintCase | undefined> {
  const { Item } = await ddb.send(
    new GetCommand({ TableName: tableName(), Key: { pk: `COMPLAINT#${complaintId}`, sk: 'CASE' }, ConsistentRead: true }),
  );
  return Item ? withoutKeys<ComplaintCase>(Item) : undefined;
}
