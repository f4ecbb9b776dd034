// Hospitals and offices are kept for a minute per warm function, but only once found: a code that
// is not in the registry yet (a hospital added a moment ago) is asked again on the next request.
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { getHospital, getOffice } from '../../../shared/data/reference-repository';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const hospital = { pk: 'HOSPITAL#1999901', sk: 'HOSPITAL', code: '1999901', nameTh: 'โรงพยาบาลทดสอบ', officeCode: 'BKK-01', kind: 'main' };
const office = { pk: 'OFFICE#PRV-99', sk: 'OFFICE', officeCode: 'PRV-99', nameTh: 'สำนักงานทดสอบ' };

describe('reference cache', () => {
  it('asks again for a hospital it did not find, then keeps it', async () => {
    ddb.on(GetCommand).resolvesOnce({}).resolves({ Item: hospital });
    const t0 = 1_800_000_000_000;
    expect(await getHospital('1999901', t0)).toBeUndefined();
    expect(await getHospital('1999901', t0 + 1000)).toMatchObject({ code: '1999901', officeCode: 'BKK-01' });
    expect(await getHospital('1999901', t0 + 2000)).toMatchObject({ code: '1999901' });
    expect(ddb.commandCalls(GetCommand)).toHaveLength(2);
    // after a minute it is read again
    await getHospital('1999901', t0 + 1000 + 60_001);
    expect(ddb.commandCalls(GetCommand)).toHaveLength(3);
  });

  it('asks again for an office it did not find', async () => {
    ddb.on(GetCommand).resolvesOnce({}).resolves({ Item: office });
    expect(await getOffice('PRV-99', 1_800_000_000_000)).toBeUndefined();
    expect(await getOffice('PRV-99', 1_800_000_001_000)).toMatchObject({ officeCode: 'PRV-99' });
  });
});
