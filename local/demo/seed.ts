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
import { seedPanels } from '../../shared/domain/award-panels';
import { PROGRAMME_2562, programme2570, type AwardProgramme } from '../../shared/domain/award-programme';
import { SAMPLE_HOSPITALS } from './sample-registry';

const MARKER = { pk: 'SYSTEM', sk: 'DEMO_SEED' };
export const DEMO_HOSPITAL_CODE = '1000001';
export const DEMO_OFFICE_CODE = 'BKK-01';
/** The demo's office mailboxes (`bkk-01@sso.example` …), in the format of a deployment's file. */
export const DEMO_OFFICE_MAILBOXES_FILE = fileURLToPath(new URL('./office-mailboxes.json', import.meta.url));

/**
 * The demo's committee panels (seed 000): `demo-committee` in the head-office working group, one
 * member for the BKK-01 office's area, one insured persons' representative. The two extra members
 * are committee accounts of their own, so the officer sees panels that have not finished.
 */
export const DEMO_PANEL_MEMBERS = { headOffice: ['demo-committee'], offices: { [DEMO_OFFICE_CODE]: ['demo-committee-bkk-01'] }, insuredPersons: ['demo-committee-insured'] };
const withDemoPanels = (p: AwardProgramme): AwardProgramme => ({ ...p, panels: seedPanels(DEMO_PANEL_MEMBERS) });

/** Seeds once; returns false when the store already had its demo data. */
export async function seedDemoData(demoPassword: string): Promise<boolean> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: MARKER }));
  if (Item) return false;
  for (const hospital of SAMPLE_HOSPITALS) await putHospital(hospital);
  await putProgramme(withDemoPanels(PROGRAMME_2562));
  await putProgramme(withDemoPanels(programme2570()));
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
  for (const userId of [...Object.values(DEMO_PANEL_MEMBERS.offices).flat(), ...DEMO_PANEL_MEMBERS.insuredPersons]) {
    await createAccount({
      userId, kind: 'staff', excludedFromInactivity: true, excludedReason: 'demo account (local stack only)', roles: ['committee'], status: 'active',
      passwordHash, issuedAt: now, activatedAt: now, email: `${userId}@demo.sso.local`,
      committeePanel: userId.endsWith('insured') ? 'insured-persons' : 'area-office',
    });
  }
  await ddb.send(new PutCommand({ TableName: tableName(), Item: { ...MARKER, seededAt: now } }));
  return true;
}
