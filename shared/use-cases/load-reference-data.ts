// Loads the reference data that ships with the project into a system, and the deploy-time office
// mailboxes. Runs after every deploy (`npm run reference:load -- --aws`) and on every local start.
//
// Primary course:
// 1. Each shipped office, calendar, the complaint topics and the SLA policy is written only if it
//    is absent: what an operator or admin changed since is never overwritten by a redeploy.
// 2. With a mailbox configuration, each named office gets its address when it has none, or when
//    its address came from an earlier load (`emailSource: 'deploy'`); an admin's address stays.
// 3. The counts tell the operator what happened; a second run creates nothing.
import {
  createCalendarIfAbsent,
  createComplaintTopicsIfAbsent,
  createOfficeIfAbsent,
  createSlaPolicyIfAbsent,
  readOffice,
  setOfficeMailboxFromDeploy,
} from '../data/reference-repository';
import { SHIPPED_REFERENCE_DATA, type ReferenceData } from '../reference-data';
import { mailboxDecision } from '../reference-data/office-mailboxes';

export interface Tally {
  created: number;
  kept: number;
}

export interface MailboxTally {
  /** Written: the office had no address, or one from an earlier load that differs. */
  set: number;
  /** Already the configured address (from an earlier load). */
  unchanged: number;
  /** Left alone: the address was set by an admin (or is of unknown origin). */
  kept: number;
  /** Offices named in the configuration that are not in the table. */
  missing: string[];
}

export interface LoadReport {
  offices: Tally;
  calendars: Tally;
  complaintTopics: Tally;
  slaPolicy: Tally;
  mailboxes?: MailboxTally;
}

const tally = (results: boolean[]): Tally => ({ created: results.filter(Boolean).length, kept: results.filter((r) => !r).length });

// a few writes at a time: fast enough for ~100 items, gentle on an on-demand table and the emulator
async function inBatches<T, R>(items: readonly T[], write: (item: T) => Promise<R>, size = 10): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(write))));
  return results;
}

/**
 * Loads the shipped reference data (idempotent) and, when given, the office mailboxes (already
 * checked with parseOfficeMailboxes).
 */
export async function loadReferenceData(options: { mailboxes?: ReadonlyMap<string, string>; data?: ReferenceData } = {}): Promise<LoadReport> {
  const data = options.data ?? SHIPPED_REFERENCE_DATA;
  const report: LoadReport = {
    offices: tally(await inBatches(data.offices, createOfficeIfAbsent)),
    calendars: tally(await inBatches(data.calendars, createCalendarIfAbsent)),
    complaintTopics: tally([await createComplaintTopicsIfAbsent(data.complaintTopics)]),
    slaPolicy: tally([await createSlaPolicyIfAbsent(data.slaPolicy)]),
  };
  if (options.mailboxes) report.mailboxes = await applyOfficeMailboxes(options.mailboxes);
  return report;
}

async function applyOfficeMailboxes(mailboxes: ReadonlyMap<string, string>): Promise<MailboxTally> {
  const result: MailboxTally = { set: 0, unchanged: 0, kept: 0, missing: [] };
  await inBatches([...mailboxes], async ([officeCode, address]) => {
    const office = await readOffice(officeCode);
    if (!office) {
      result.missing.push(officeCode);
      return;
    }
    const decision = mailboxDecision(office, address);
    if (decision === 'set') {
      // an admin who set the address since it was read wins
      if (await setOfficeMailboxFromDeploy(officeCode, address, office)) result.set += 1;
      else result.kept += 1;
    } else result[decision] += 1;
  });
  return result;
}
