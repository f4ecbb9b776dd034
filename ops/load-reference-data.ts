// `npm run reference:load -- [--aws] [--office-mailboxes <file>]`: loads the reference data that
// ships with the project (offices, complaint topics, SLA policy, official calendars) into the local
// stack, or with --aws into the deployed one; only what is absent is written. With a mailbox file
// ({"<officeCode>": "<address>", …}, see config/office-mailboxes.example.json) it also sets office
// addresses, never over one an admin set. Exit codes: 0 done, 1 failed, 2 bad arguments or file.
import { parseArgs } from 'node:util';
import { connectTarget } from './connect-target';

const USAGE = 'usage: npm run reference:load -- [--aws] [--office-mailboxes <file>]';

function parseCommandLine(): { aws: boolean; officeMailboxes?: string } {
  try {
    const { values } = parseArgs({ options: { aws: { type: 'boolean', default: false }, 'office-mailboxes': { type: 'string' } }, strict: true, allowPositionals: false });
    return { aws: values.aws, ...(values['office-mailboxes'] ? { officeMailboxes: values['office-mailboxes'] } : {}) };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<number> {
  const args = parseCommandLine();
  const target = await connectTarget({ aws: args.aws });
  console.log(`reference data → ${target.describe}`);

  // loaded after the environment is set: these create the SDK clients and read the configuration
  const { SHIPPED_OFFICES } = await import('../shared/reference-data/offices');
  const { OfficeMailboxesError } = await import('../shared/reference-data/office-mailboxes');
  const { readOfficeMailboxesFile } = await import('../shared/reference-data/office-mailboxes-file');
  const { listOffices } = await import('../shared/data/reference-repository');
  const { loadReferenceData } = await import('../shared/use-cases/load-reference-data');

  let mailboxes: Map<string, string> | undefined;
  if (args.officeMailboxes) {
    // checked before anything is written; offices an admin added since count as known
    const known = new Set([...SHIPPED_OFFICES.map((o) => o.officeCode), ...(await listOffices()).map((o) => o.officeCode)]);
    try {
      mailboxes = readOfficeMailboxesFile(args.officeMailboxes, known);
    } catch (error) {
      if (!(error instanceof OfficeMailboxesError)) throw error;
      console.error(`Office mailboxes not loaded, nothing written.\n${error.message}`);
      return 2;
    }
  }

  const report = await loadReferenceData(mailboxes ? { mailboxes } : {});
  const line = (name: string, t: { created: number; kept: number }) => `  ${name.padEnd(16)} ${t.created} created, ${t.kept} kept`;
  console.log([line('offices', report.offices), line('calendars', report.calendars), line('complaint topics', report.complaintTopics), line('SLA policy', report.slaPolicy)].join('\n'));
  if (report.mailboxes) {
    const m = report.mailboxes;
    console.log(`  ${'office mailboxes'.padEnd(16)} ${m.set} set, ${m.unchanged} unchanged, ${m.kept} kept (set by an admin)`);
    if (m.missing.length > 0) {
      console.error(`Offices in the mailbox file but not in the table: ${m.missing.join(', ')}`);
      return 1;
    }
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  const hint = /ECONNREFUSED/.test(reason) || (error as { code?: string }).code === 'ECONNREFUSED' ? ' (is the local stack running? npm start)' : '';
  console.error(`reference:load failed: ${reason}${hint}`);
  process.exitCode = 1;
}
