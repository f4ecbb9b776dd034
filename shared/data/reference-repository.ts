// Hospitals, offices and working calendars: reference data, small and read often. Also the
// if-absent writes of the shipped reference data (offices, calendars, topics, SLA policy).
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import type { SlaPolicy } from '../domain/complaint-deadlines';
import type { ComplaintTopic } from '../domain/complaint-topics';
import type { WorkingCalendar } from '../domain/holiday-calendar';
import type { EmailSource } from '../reference-data/office-mailboxes';
import type { Hospital, Office } from '../schemas/reference';
import { GSI1, isConditionFailed, queryAll, tableName, withoutKeys } from './table';
import { hospitalItem } from './hospital-registry-repository';
import { warmCache } from './warm-cache';

export async function putHospital(h: Hospital): Promise<void> {
  hospitals.forget(h.code);
  await ddb.send(
    new PutCommand({
      TableName: tableName(),
      Item: hospitalItem(h),
    }),
  );
}

const KEEP_MS = 60_000;

const hospitals = warmCache(KEEP_MS, async (code: string) => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: { pk: `HOSPITAL#${code}`, sk: 'HOSPITAL' } }));
  return Item ? withoutKeys<Hospital>(Item) : undefined;
});

/**
 * A hospital of the registry; kept for a minute per warm function (the registry changes rarely).
 * Only a hospital found is kept: a code not (yet) in the registry is asked again next time.
 */
export function getHospital(code: string, now = Date.now()): Promise<Hospital | undefined> {
  return hospitals.get(code, now);
}

const queryIndex = (gsi1pk: string) =>
  queryAll({ IndexName: GSI1, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': gsi1pk } });

/** The whole registry (a few thousand rows at most), ordered by code. */
export async function listHospitals(): Promise<Hospital[]> {
  return (await queryIndex('HOSPITALS')).map((i) => withoutKeys<Hospital>(i));
}

/** An office as stored: `emailSource` says whether its address came from a load or an admin. */
export type OfficeRecord = Office & { emailSource?: EmailSource };

const officeKey = (officeCode: string) => ({ pk: `OFFICE#${officeCode}`, sk: 'OFFICE' });
const officeItem = (o: OfficeRecord) => ({ ...officeKey(o.officeCode), gsi1pk: 'OFFICES', gsi1sk: o.officeCode, ...o });

export async function putOffice(o: OfficeRecord): Promise<void> {
  offices.forget(o.officeCode);
  await ddb.send(new PutCommand({ TableName: tableName(), Item: officeItem(o) }));
}

/** Writes a shipped office unless the office exists (an operator's edits survive a redeploy); true when written. */
export async function createOfficeIfAbsent(o: Office): Promise<boolean> {
  offices.forget(o.officeCode);
  return putIfAbsent(officeItem(o));
}

/** The office as stored now (no warm copy): the loader decides on what is there. */
export async function readOffice(officeCode: string): Promise<OfficeRecord | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: officeKey(officeCode), ConsistentRead: true }));
  return Item ? withoutKeys<OfficeRecord>(Item) : undefined;
}

/**
 * Sets an office's address from the deploy-time configuration, if the address is still the one
 * the caller read (none, or one from an earlier load): an admin's edit in between wins. True when written.
 */
export async function setOfficeMailboxFromDeploy(officeCode: string, email: string, read: Pick<OfficeRecord, 'email'>): Promise<boolean> {
  offices.forget(officeCode);
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: officeKey(officeCode),
        UpdateExpression: 'SET email = :email, emailSource = :deploy',
        ConditionExpression: read.email
          ? 'attribute_exists(pk) AND email = :read AND emailSource = :deploy'
          : 'attribute_exists(pk) AND attribute_not_exists(email)',
        ExpressionAttributeValues: { ':email': email, ':deploy': 'deploy' satisfies EmailSource, ...(read.email ? { ':read': read.email } : {}) },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

const offices = warmCache(KEEP_MS, async (officeCode: string) => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: { pk: `OFFICE#${officeCode}`, sk: 'OFFICE' } }));
  return Item ? withoutKeys<Office>(Item) : undefined;
});

/** An SSO office; kept for a minute per warm function like the hospitals (only when found). */
export function getOffice(officeCode: string, now = Date.now()): Promise<Office | undefined> {
  return offices.get(officeCode, now);
}

export async function listOffices(): Promise<Office[]> {
  return (await queryIndex('OFFICES')).map((i) => withoutKeys<Office>(i));
}

export async function putCalendar(calendar: WorkingCalendar): Promise<void> {
  await ddb.send(
    new PutCommand({
      TableName: tableName(),
      Item: { pk: `CALENDAR#${calendar.year}`, sk: 'CALENDAR', gsi1pk: 'CALENDARS', gsi1sk: String(calendar.year), ...calendar },
    }),
  );
}

/** Writes a shipped calendar unless that year is loaded (an admin's correction survives a redeploy). */
export async function createCalendarIfAbsent(calendar: WorkingCalendar): Promise<boolean> {
  return putIfAbsent({ pk: `CALENDAR#${calendar.year}`, sk: 'CALENDAR', gsi1pk: 'CALENDARS', gsi1sk: String(calendar.year), ...calendar });
}

export async function getCalendar(year: number): Promise<WorkingCalendar | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: { pk: `CALENDAR#${year}`, sk: 'CALENDAR' } }));
  return Item ? (withoutKeys<WorkingCalendar>(Item)) : undefined;
}

export async function listCalendars(): Promise<WorkingCalendar[]> {
  return (await queryIndex('CALENDARS')).map((i) => withoutKeys<WorkingCalendar>(i));
}

// Configuration items. Their readers (the topics in complaints-repository, the SLA policy in
// use-cases/complaint-sla) fall back to the shipped defaults when the item is absent.
const CONFIG_TOPICS = { pk: 'CONFIG', sk: 'COMPLAINT_TOPICS' };
const CONFIG_SLA_POLICY = { pk: 'CONFIG', sk: 'SLA_POLICY' };

/** Writes the complaint topics unless an admin's list is there. */
export async function createComplaintTopicsIfAbsent(topics: readonly ComplaintTopic[]): Promise<boolean> {
  return putIfAbsent({ ...CONFIG_TOPICS, topics });
}

/** Writes the SLA policy unless one is there. */
export async function createSlaPolicyIfAbsent(policy: SlaPolicy): Promise<boolean> {
  return putIfAbsent({ ...CONFIG_SLA_POLICY, policy });
}

/** The stored SLA policy, unparsed; undefined when none was ever written. */
export async function readSlaPolicyItem(): Promise<unknown> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: CONFIG_SLA_POLICY }));
  return Item?.policy;
}

async function putIfAbsent(item: Record<string, unknown>): Promise<boolean> {
  try {
    await ddb.send(new PutCommand({ TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

// Reference data administration: the admins' edits (the writes above are loads). Kept here because
// they drop this module's warm copies or sit beside the reader of the same item.

/**
 * An admin edits an office: names, kind and mailbox. The mailbox is then the admin's
 * (`emailSource: 'admin'`), which a deploy-time load never overwrites. Returns the office before
 * and after, or undefined when there is no such office (nothing is created).
 */
export async function updateOffice(
  officeCode: string,
  change: Pick<Office, 'nameTh' | 'nameEn' | 'kind'> & { email: string },
): Promise<{ before: OfficeRecord; after: OfficeRecord } | undefined> {
  offices.forget(officeCode);
  try {
    const { Attributes } = await ddb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: officeKey(officeCode),
        UpdateExpression: 'SET nameTh = :nameTh, nameEn = :nameEn, #kind = :kind, email = :email, emailSource = :admin',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#kind': 'kind' },
        ExpressionAttributeValues: { ':nameTh': change.nameTh, ':nameEn': change.nameEn, ':kind': change.kind, ':email': change.email, ':admin': 'admin' satisfies EmailSource },
        ReturnValues: 'ALL_OLD',
      }),
    );
    const before = withoutKeys<OfficeRecord>(Attributes ?? {});
    return { before, after: { ...before, ...change, emailSource: 'admin' } };
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}

/** Drops the warm copies of hospitals (after an import changed the registry). */
export function forgetHospitals(): void {
  hospitals.forget();
}

/** Stores the SLA policy an admin set (already validated); returns the one it replaced, if one was stored. */
export async function saveSlaPolicy(policy: SlaPolicy): Promise<unknown> {
  const { Attributes } = await ddb.send(new PutCommand({ TableName: tableName(), Item: { ...CONFIG_SLA_POLICY, policy }, ReturnValues: 'ALL_OLD' }));
  return Attributes?.policy;
}
