// Hospitals, offices and working calendars: reference data, small and read often.
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import type { WorkingCalendar } from '../domain/holiday-calendar';
import type { Hospital, Office } from '../schemas/reference';
import { GSI1, tableName, withoutKeys } from './table';

export async function putHospital(h: Hospital): Promise<void> {
  await ddb.send(
    new PutCommand({
      TableName: tableName(),
      Item: { pk: `HOSPITAL#${h.code}`, sk: 'HOSPITAL', gsi1pk: 'HOSPITALS', gsi1sk: h.code, ...h },
    }),
  );
}

export async function getHospital(code: string): Promise<Hospital | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: { pk: `HOSPITAL#${code}`, sk: 'HOSPITAL' } }));
  return Item ? (withoutKeys<Hospital>(Item)) : undefined;
}

async function queryAll(gsi1pk: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await ddb.send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: GSI1,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': gsi1pk },
        ExclusiveStartKey,
      }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

/** The whole registry (a few thousand rows at most), ordered by code. */
export async function listHospitals(): Promise<Hospital[]> {
  return (await queryAll('HOSPITALS')).map((i) => withoutKeys<Hospital>(i));
}

export async function putOffice(o: Office): Promise<void> {
  await ddb.send(
    new PutCommand({
      TableName: tableName(),
      Item: { pk: `OFFICE#${o.officeCode}`, sk: 'OFFICE', gsi1pk: 'OFFICES', gsi1sk: o.officeCode, ...o },
    }),
  );
}

export async function getOffice(officeCode: string): Promise<Office | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: { pk: `OFFICE#${officeCode}`, sk: 'OFFICE' } }));
  return Item ? (withoutKeys<Office>(Item)) : undefined;
}

export async function listOffices(): Promise<Office[]> {
  return (await queryAll('OFFICES')).map((i) => withoutKeys<Office>(i));
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
  return (await queryAll('CALENDARS')).map((i) => withoutKeys<WorkingCalendar>(i));
}
