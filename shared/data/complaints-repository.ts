// Complaints: the case item (listed per office through gsi1 and per month through gsi2), its event
// log and its tracking code. (The SLA clock's markers are shared/data/sla-timers-repository.ts's.)
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import type { ComplaintEvent, StageDeadline } from '../domain/complaint-deadlines';
import { DEFAULT_COMPLAINT_TOPICS, type ComplaintTopic } from '../domain/complaint-topics';
import { GSI1, GSI2, isConditionFailed, queryAll, tableName, withoutKeys } from './table';
import type { TableWrite } from './transaction';
import { warmCache } from './warm-cache';
import { complaintIdOf } from '../ids';

export type ComplaintStatus = 'open' | 'paused' | 'closed';

export interface ComplaintCase {
  complaintId: string;
  /** The correlation id of the request that filed it: its workflow and mail log with it. */
  correlationId?: string;
  trackingCode: string;
  channel: 'web' | 'hotline' | 'email' | 'letter' | 'walk-in';
  hospitalCode: string;
  officeCode: string;
  topic: string;
  description: string;
  complainant: { name: string; phone?: string; email?: string };
  receivedAt: string;
  createdAt: string;
  createdBy: string;
  status: ComplaintStatus;
  /** Bumped whenever the SLA execution is replaced; a stale execution's checks do nothing. */
  slaGeneration: number;
  executionArn?: string;
  stages: StageDeadline[];
  breaches: string[];
  involvedUnits: string[];
  outcome?: string;
  closedAt?: string;
  /** Bangkok month of receipt (YYYY-MM), the reporting key. */
  month: string;
  /**
   * The events of the filing itself (received, routed), kept on the case item so that one write
   * files a case; later events are items of their own. Cases filed before this field have none.
   */
  intake?: StoredEvent[];
}

export interface StoredEvent {
  type: ComplaintEvent['type'] | 'note' | 'escalated' | 'rerouted' | 'reminded' | 'breached' | 'office-not-notified';
  at: string;
  actor: string;
  note?: string;
  reason?: string;
  to?: string;
  outcome?: string;
  stage?: string;
}

const caseKey = (id: string) => ({ pk: `COMPLAINT#${id}`, sk: 'CASE' });
const indexKeys = (c: Pick<ComplaintCase, 'officeCode' | 'receivedAt' | 'complaintId' | 'month'>) => ({
  gsi1pk: `OFFICE#${c.officeCode}`,
  gsi1sk: `${c.receivedAt}#${c.complaintId}`,
  gsi2pk: `COMPLAINT_MONTH#${c.month}`,
  gsi2sk: `${c.receivedAt}#${c.complaintId}`,
});

/**
 * The case item as a write to commit with the filing's others: the commit point of filing (lists,
 * reports and tracking see it from here). Its id comes from its tracking code, so a code used twice
 * fails the condition.
 */
export const newComplaintWrite = (c: ComplaintCase): TableWrite => ({ Put: { Item: { ...caseKey(c.complaintId), ...indexKeys(c), ...c }, ConditionExpression: 'attribute_not_exists(pk)' } });

/** Takes back a case whose clock could not start (the filing fails and may be retried). */
export const deleteComplaintWrite = (complaintId: string): TableWrite => ({ Delete: { Key: caseKey(complaintId) } });

export async function getComplaint(complaintId: string): Promise<ComplaintCase | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: caseKey(complaintId), ConsistentRead: true }));
  return Item ? withoutKeys<ComplaintCase>(Item) : undefined;
}

/** The case a tracking code names: one read of the case its id derives from (shared/ids.ts). */
export async function findByTrackingCode(trackingCode: string): Promise<ComplaintCase | undefined> {
  const c = await getComplaint(complaintIdOf(trackingCode));
  if (c) return c.trackingCode === trackingCode ? c : undefined;
  // cases filed before ids came from their codes: a TRACK item names them
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: { pk: `TRACK#${trackingCode}`, sk: 'TRACK' } }));
  return Item ? getComplaint(Item.complaintId as string) : undefined;
}

/** Replaces the case if it is still at the generation and status that were read. */
export async function saveComplaint(next: ComplaintCase, expected: { slaGeneration: number; status: ComplaintStatus }): Promise<boolean> {
  try {
    await ddb.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...caseKey(next.complaintId), ...indexKeys(next), ...next },
        ConditionExpression: 'slaGeneration = :g AND #status = :s',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':g': expected.slaGeneration, ':s': expected.status },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/**
 * Records a breached stage once and returns every breach of the case so far (in the order they
 * were recorded); undefined when it was recorded already (a retried task).
 */
export async function markBreached(complaintId: string, stage: string): Promise<string[] | undefined> {
  try {
    const { Attributes } = await ddb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: caseKey(complaintId),
        UpdateExpression: 'SET breaches = list_append(breaches, :stage)',
        ConditionExpression: 'NOT contains(breaches, :name)',
        ExpressionAttributeValues: { ':stage': [stage], ':name': stage },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return (Attributes?.breaches as string[] | undefined) ?? [stage];
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}

let eventSeq = 0;
/** An event of the case's log as an item; the sort key orders by time and never collides. */
function eventItem(complaintId: string, event: StoredEvent): Record<string, unknown> {
  eventSeq = (eventSeq + 1) % 1000;
  return { pk: `COMPLAINT#${complaintId}`, sk: `EVENT#${event.at}#${String(eventSeq).padStart(3, '0')}${Math.random().toString(36).slice(2, 6)}`, ...event };
}

export async function appendEvent(complaintId: string, event: StoredEvent): Promise<void> {
  await ddb.send(new PutCommand({ TableName: tableName(), Item: eventItem(complaintId, event) }));
}

/** The case's whole event log: its intake events, then every event appended since, page after page. */
export async function listEvents(c: Pick<ComplaintCase, 'complaintId' | 'intake'>): Promise<StoredEvent[]> {
  const appended = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :e)',
    ExpressionAttributeValues: { ':pk': `COMPLAINT#${c.complaintId}`, ':e': 'EVENT#' },
  });
  return [...(c.intake ?? []), ...appended.map((i) => withoutKeys<StoredEvent>(i))];
}

async function queryCases(index: string, pkName: string, pkValue: string): Promise<{ items: ComplaintCase[]; read: number }> {
  const items = (await queryAll({ IndexName: index, KeyConditionExpression: `${pkName} = :pk`, ExpressionAttributeValues: { ':pk': pkValue }, ScanIndexForward: false })).map((i) =>
    withoutKeys<ComplaintCase>(i),
  );
  return { items, read: items.length };
}

/** An office's queue, newest first. */
export const listByOffice = async (officeCode: string) => (await queryCases(GSI1, 'gsi1pk', `OFFICE#${officeCode}`)).items;

/** One month's complaints (the reports read only these). */
export const listByMonth = (month: string) => queryCases(GSI2, 'gsi2pk', `COMPLAINT_MONTH#${month}`);

const TOPICS_KEY = { pk: 'CONFIG', sk: 'COMPLAINT_TOPICS' };

const topics = warmCache(60_000, async () => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: TOPICS_KEY }));
  return (Item?.topics as ComplaintTopic[] | undefined) ?? DEFAULT_COMPLAINT_TOPICS;
});

/** The complaint topics (data), kept for a minute per warm function: they change rarely. */
export async function listTopics(now = Date.now()): Promise<ComplaintTopic[]> {
  return (await topics.get('all', now))!;
}

// An admin's edit of the topics (PUT /api/complaint-topics/{code}): read the list, change one, save if unchanged since.

/** The topic list as stored now (no warm copy), with its version: the shipped defaults at version 0 when none is stored. */
export async function readTopicsForEdit(): Promise<{ topics: ComplaintTopic[]; version: number }> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: TOPICS_KEY, ConsistentRead: true }));
  return { topics: (Item?.topics as ComplaintTopic[] | undefined) ?? DEFAULT_COMPLAINT_TOPICS, version: (Item?.version as number | undefined) ?? 0 };
}

/** Replaces the topic list if it is still at the version read; false when someone saved in between. */
export async function saveTopics(list: ComplaintTopic[], readVersion: number): Promise<boolean> {
  try {
    await ddb.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...TOPICS_KEY, topics: list, version: readVersion + 1 },
        // version 0: none stored, or the list a deploy wrote (it carries no version)
        ConditionExpression: readVersion === 0 ? 'attribute_not_exists(pk) OR attribute_not_exists(version)' : 'version = :seen',
        ...(readVersion === 0 ? {} : { ExpressionAttributeValues: { ':seen': readVersion } }),
      }),
    );
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
  topics.forget();
  return true;
}
