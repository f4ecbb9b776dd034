// Award programmes (data, one per year) and their submissions.
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import type { AwardProgramme } from '../domain/award-programme';
import { tableName, withoutKeys } from './table';

export async function putProgramme(programme: AwardProgramme): Promise<void> {
  await ddb.send(
    new PutCommand({
      TableName: tableName(),
      Item: { pk: `AWARD#${programme.yearBE}`, sk: 'PROGRAMME', gsi1pk: 'AWARD_PROGRAMMES', gsi1sk: String(programme.yearBE), ...programme },
    }),
  );
}

export async function getProgramme(yearBE: number): Promise<AwardProgramme | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: { pk: `AWARD#${yearBE}`, sk: 'PROGRAMME' } }));
  return Item ? withoutKeys<AwardProgramme>(Item) : undefined;
}
