// Loads the demo data of API.md "Local demo data" into an empty local store. Local only: a deployed
// stack never has demo users. The offices and calendars are the shipped ones (loaded before this,
// local/reference-data.ts); the demo's office mailboxes come from a mailbox file, as on a deployment.
import { fileURLToPath } from 'node:url';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../../shared/aws/dynamodb';
import { hashPassword } from '../../shared/auth/passwords';
import { ROLES } from '../../shared/auth/roles';
import { createAccount } from '../../shared/data/accounts-repository';
import { putProgramme } from '../../shared/data/awards-repository';
import { putHospital } from '../../shared/data/reference-repository';
import { tableName } from '../../shared/data/table';
import { PROGRAMME_2562, programme2570 } from '../../shared/domain/award-programme';
import { SAMPLE_HOSPITALS } from './sample-registry';

const MARKER = { pk: 'SYSTEM', sk: 'DEMO_SEED' };
export const DEMO_HOSPITAL_CODE = '1000001';
export const DEMO_OFFICE_CODE = 'BKK-01';
/** The demo's office mailboxes (`bkk-01@sso.example` …), in the format of a deployment's file. */
export const DEMO_OFFICE_MAILBOXES_FILE = fileURLToPath(new URL('./office-mailboxes.json', import.meta.url));

/** Seeds once; returns false when the store already had its demo data. */
export async function seedDemoData(demoPassword: string): Promise<boolean> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: MARKER }));
  if (Item) return false;
  for (const hospital of SAMPLE_HOSPITALS) await putHospital(hospital);
  await putProgramme(PROGRAMME_2562);
  await putProgramme(programme2570());
  const passwordHash = await hashPassword(demoPassword);
  const now = new Date().toISOString();
  for (const role of ROLES) {
    await createAccount({
      userId: `demo-${role}`,
      // demo accounts are exempt from the inactivity rule so the demo keeps working
      kind: role === 'hospital' ? 'hospital' : 'staff',
      excludedFromInactivity: true,
      excludedReason: 'demo account (local stack only)',
      roles: [role],
      status: 'active',
      passwordHash,
      issuedAt: now,
      activatedAt: now,
      email: `demo-${role}@demo.sso.local`,
      ...(role === 'hospital' ? { hospitalCode: DEMO_HOSPITAL_CODE } : {}),
      ...(role === 'area-office' ? { officeCode: DEMO_OFFICE_CODE } : {}),
      ...(role === 'committee' ? { committeePanel: 'head-office' as const } : {}),
    });
  }
  await ddb.send(new PutCommand({ TableName: tableName(), Item: { ...MARKER, seededAt: now } }));
  return true;
}
