// Hospitals, offices and working calendars: reference data, small and read often.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import type { WorkingCalendar } from '../domain/holiday-calendar';
import type { Hospital, Office } from '../schemas/reference';
import { GSI1, queryAll, tableName, withoutKeys } from './table';
import { warmCache } from './warm-cache';

export async function putHospital(h: Hospital): Promise<void> {
  hospitals.forget(h.code);
  await ddb.send(
    new PutCommand({
      TableName: tableName(),
      Item: { pk: `HOSPITAL#${h.code}`, sk: 'HOSPITAL', gsi1pk: 'HOSPITALS', gsi1sk: h.code, ...h },
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

export async function putOffice(o: Office): Promise<void> {
  offices.forget(o.officeCode);
  await ddb.send(
    new PutCommand({
      TableName: tableName(),
      Item: { pk: `OFFICE#${o.officeCode}`, sk: 'OFFICE', gsi1pk: 'OFFICES', gsi1sk: o.officeCode, ...o },
    }),
  );
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

export async function getCalendar(year: number): Promise<WorkingCalendar | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: { pk: `CALENDAR#${year}`, sk: 'CALENDAR' } }));
  return Item ? (withoutKeys<WorkingCalendar>(Item)) : undefined;
}

export async function listCalendars(): Promise<WorkingCalendar[]> {
  return (await queryIndex('CALENDARS')).map((i) => withoutKeys<WorkingCalendar>(i));
}
