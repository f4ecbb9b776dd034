// The SLA clock's own items: the markers of cases whose deadlines are provisional (they reach into
// a year with no official holiday list), read back when a list is loaded to recompute those cases.
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import { queryAll, tableName } from './table';
import type { TableWrite } from './transaction';

const PROVISIONAL = 'SLA_PROVISIONAL';
const markerKey = (complaintId: string) => ({ pk: PROVISIONAL, sk: complaintId });

/** The marker of a new provisional case, as a write to commit with the case itself. */
export const provisionalMarkerWrite = (complaintId: string): TableWrite => ({ Put: { Item: { ...markerKey(complaintId), complaintId } } });

/** Takes back a new case's marker (the filing was undone). */
export const deleteProvisionalMarkerWrite = (complaintId: string): TableWrite => ({ Delete: { Key: markerKey(complaintId) } });

export async function markProvisional(complaintId: string, provisional: boolean): Promise<void> {
  if (provisional) await ddb.send(new PutCommand({ TableName: tableName(), Item: { ...markerKey(complaintId), complaintId } }));
  else await ddb.send(new DeleteCommand({ TableName: tableName(), Key: markerKey(complaintId) }));
}

export async function listProvisional(): Promise<string[]> {
  const items = await queryAll({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': PROVISIONAL } });
  return items.map((i) => i.complaintId as string);
}
