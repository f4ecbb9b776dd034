// `npm run admin:bootstrap -- --user-id <id> --email <address> [--name <Thai name>] [--aws]`:
// creates the first admin of an empty system, pending until its owner sets a password from the
// mailed activation link. Against the local stack by default; with --aws against the deployed
// stacks (AWS credentials and AWS_REGION from the shell). Refused (exit 1) once an active admin
// exists; run again for the same pending id, it mails a fresh link (the earlier one stops working).
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { userIdSchema } from '../shared/domain/user-id';
import { connectTarget } from './connect-target';

const USAGE = 'usage: npm run admin:bootstrap -- --user-id <id> --email <address> [--name <Thai name>] [--aws]';

const { values } = parseArgs({
  options: {
    'user-id': { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    aws: { type: 'boolean', default: false },
  },
});
const input = z
  .object({ userId: userIdSchema, email: z.email(), nameTh: z.string().trim().min(1).max(120).optional() })
  .safeParse({ userId: values['user-id'], email: values.email, nameTh: values.name });
if (!input.success) {
  for (const issue of input.error.issues) console.error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
  console.error(USAGE);
  process.exit(2);
}

const target = await connectTarget({ aws: values.aws });
console.log(`admin:bootstrap on ${target.describe}`);
// loaded after the target is set: these read the configuration and create SDK clients
const { bootstrapAdmin } = await import('../shared/use-cases/administer-accounts');
const { AppError } = await import('../shared/http/errors');
const { t } = await import('../shared/i18n/messages');
try {
  const result = await bootstrapAdmin(input.data);
  console.log(`${result.userId}: ${result.status}. An activation link was mailed to ${input.data.email}; it works once, within 72 hours.`);
} catch (error) {
  if (error instanceof AppError) {
    console.error(`refused: ${error.code}: ${t(error.code, 'en')} / ${t(error.code, 'th')}`);
    process.exit(1);
  }
  throw error;
}
