// `npm run award-programme:put -- --file <programme.json> [--aws] [--dry-run]`: creates or updates
// an award programme (dates, categories and prizes, criteria, committee panels) from a JSON file,
// through the same use case and invariants as `POST /api/award-programmes`; audited as the
// operator. See config/award-programme.example.json. Exit codes: 0 saved (or, with --dry-run,
// would be), 1 refused by a programme rule, 2 bad arguments or file.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { connectTarget } from './connect-target';

const USAGE = 'usage: npm run award-programme:put -- --file <programme.json> [--aws] [--dry-run]';

function parseCommandLine(): { aws: boolean; file: string; dryRun: boolean } {
  try {
    const { values } = parseArgs({ options: { aws: { type: 'boolean', default: false }, file: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } }, strict: true, allowPositionals: false });
    if (!values.file) throw new Error('--file is required');
    return { aws: values.aws, file: values.file, dryRun: values['dry-run'] };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<number> {
  const args = parseCommandLine();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(args.file, 'utf8'));
  } catch (error) {
    console.error(`${args.file}: ${(error as Error).message}`);
    return 2;
  }
  const target = await connectTarget({ aws: args.aws });
  console.log(`award programme → ${target.describe}`);

  // loaded after the environment is set: these create the SDK clients and read the configuration
  const { programmeBody } = await import('../shared/schemas/awards');
  const { zodToFieldErrors } = await import('../shared/http/zod-errors');
  const { AppError } = await import('../shared/http/errors');
  const { problemBody } = await import('../shared/http/problem');
  const { checkProgramme, saveProgramme } = await import('../shared/use-cases/award-programme-changes');

  const parsed = programmeBody.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const e of zodToFieldErrors(parsed.error, '')) console.error(`  ${e.path || '(file)'}: ${e.code}`);
    console.error('Not saved: the file is not a programme.');
    return 2;
  }
  const operator = { userId: `ops:${os.userInfo().username}`, roles: ['admin' as const] };
  try {
    if (args.dryRun) await checkProgramme(parsed.data);
    else await saveProgramme(parsed.data, operator);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const problem = problemBody(error, 'en');
    console.error(`Refused: ${problem.code}: ${problem.title}`);
    for (const e of problem.errors ?? []) console.error(`  ${e.path}: ${e.code}: ${e.message}`);
    return 1;
  }
  const p = parsed.data;
  console.log(`  ${p.yearBE}: opens ${p.opensOn}, deadline ${p.deadline}, announced ${p.announceOn}`);
  console.log(`  ${p.categories.length} categories, ${p.criteria.length} criteria, ${p.panels?.length ?? 'one default'} panel(s)`);
  console.log(args.dryRun ? 'Dry run: nothing written; the programme keeps every rule.' : 'Saved.');
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  const hint = /ECONNREFUSED/.test(reason) || (error as { code?: string }).code === 'ECONNREFUSED' ? ' (is the local stack running? npm start)' : '';
  console.error(`award-programme:put failed: ${reason}${hint}`);
  process.exitCode = 1;
}
