// The local stack's half of "going live": the shipped reference data and an office mailbox file,
// through the same use case as `npm run reference:load` after a deploy.
import { readOfficeMailboxesFile } from '../shared/reference-data/office-mailboxes-file';
import { SHIPPED_OFFICES } from '../shared/reference-data/offices';
import { loadReferenceData, type LoadReport } from '../shared/use-cases/load-reference-data';
import { listOffices } from '../shared/data/reference-repository';

/** Loads what is absent; returns one line for the log. A bad mailbox file stops the start. */
export async function loadShippedData(officeMailboxesFile?: string): Promise<string> {
  const mailboxes = officeMailboxesFile
    ? readOfficeMailboxesFile(officeMailboxesFile, [...SHIPPED_OFFICES.map((o) => o.officeCode), ...(await listOffices()).map((o) => o.officeCode)])
    : undefined;
  return describeLoad(await loadReferenceData(mailboxes ? { mailboxes } : {}));
}

export function describeLoad(r: LoadReport): string {
  const t = (name: string, x: { created: number; kept: number }) => `${name} ${x.created} new/${x.kept} kept`;
  const mail = r.mailboxes ? `; office mailboxes ${r.mailboxes.set} set/${r.mailboxes.unchanged} unchanged/${r.mailboxes.kept} kept` : '';
  return `reference data: ${t('offices', r.offices)}, ${t('calendars', r.calendars)}, ${t('topics', r.complaintTopics)}, ${t('SLA policy', r.slaPolicy)}${mail}`;
}
