// `npm run deploy -- [--office-mailboxes <file>] [cdk deploy options, e.g. -c siteDomain=…]`: builds
// the site, deploys every stack, then loads the shipped reference data into the deployed table
// (`npm run reference:load -- --aws`), with the office mailbox file if one was given. The file may
// also be given the CDK way, `-c officeMailboxes=<file>`. Stops at the first step that fails.
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OfficeMailboxesError } from '../shared/reference-data/office-mailboxes';
import { readOfficeMailboxesFile } from '../shared/reference-data/office-mailboxes-file';

/** Splits the office mailbox file out of the arguments; everything else goes to `cdk deploy`. */
export function splitDeployArguments(argv: readonly string[]): { officeMailboxes?: string; cdkArgs: string[] } {
  const cdkArgs: string[] = [];
  let officeMailboxes: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const context = (arg === '-c' || arg === '--context') && argv[i + 1]?.startsWith('officeMailboxes=') ? argv[i + 1] : undefined;
    if (context) {
      officeMailboxes = context.slice('officeMailboxes='.length);
      i++;
    } else if (arg === '--office-mailboxes') {
      officeMailboxes = argv[++i];
    } else if (arg.startsWith('--office-mailboxes=')) {
      officeMailboxes = arg.slice('--office-mailboxes='.length);
    } else cdkArgs.push(arg);
  }
  return { ...(officeMailboxes ? { officeMailboxes: path.resolve(officeMailboxes) } : {}), cdkArgs };
}

function run(command: string, args: string[]): void {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`deploy stopped: "${command} ${args.join(' ')}" failed (${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

// run as a command (the argument split is also imported by its test)
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const { officeMailboxes, cdkArgs } = splitDeployArguments(process.argv.slice(2));
  if (officeMailboxes) {
    // the file and its addresses are checked before anything is deployed; its office codes against
    // the deployed offices by the load (an admin may have added offices)
    try {
      readOfficeMailboxesFile(officeMailboxes, 'any');
    } catch (error) {
      if (!(error instanceof OfficeMailboxesError)) throw error;
      console.error(error.message);
      process.exit(2);
    }
  }
  run('npm', ['run', 'build:site']);
  run('npx', ['cdk', 'deploy', '--all', ...cdkArgs]);
  run('npx', ['tsx', 'ops/load-reference-data.ts', '--aws', ...(officeMailboxes ? ['--office-mailboxes', officeMailboxes] : [])]);
}
