// Office mailboxes are deploy-time configuration, never shipped data: a JSON object mapping an
// office code to its address, e.g. {"BKK-01": "bkk01@example.go.th", "PRV-50": "…"}. This module
// checks such a file and decides, office by office, whether the configured address may be written.
import * as z from 'zod/mini';

/** Where an office's current address came from: a reference-data load (deploy) or an admin's edit. */
export type EmailSource = 'deploy' | 'admin';

export class OfficeMailboxesError extends Error {
  override readonly name = 'OfficeMailboxesError';
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const OFFICE_CODE = /^[A-Z][A-Z0-9-]{1,19}$/;
const shape = z.record(z.string(), z.unknown(), { error: 'must be a JSON object {"<officeCode>": "<address>", …}' });

/**
 * The mailboxes of a configuration file (already JSON-parsed), checked against the known office
 * codes ('any': the addresses only, before the offices can be read); every problem is reported at
 * once. `source` names the file in the message.
 */
export function parseOfficeMailboxes(json: unknown, knownOfficeCodes: Iterable<string> | 'any', source = 'office mailboxes'): Map<string, string> {
  const object = shape.safeParse(json);
  if (!object.success) throw new OfficeMailboxesError(source, [object.error.issues[0]?.message ?? 'not a JSON object']);
  const known = knownOfficeCodes === 'any' ? undefined : new Set(knownOfficeCodes);
  const problems: string[] = [];
  const mailboxes = new Map<string, string>();
  for (const [officeCode, value] of Object.entries(object.data)) {
    if (known ? !known.has(officeCode) : !OFFICE_CODE.test(officeCode)) {
      problems.push(`"${officeCode}" is not an office code (known: INFO, MSB, LEGAL, BKK-01 … BKK-12, PRV-<2-digit province code>)`);
      continue;
    }
    const address = z.email().safeParse(typeof value === 'string' ? value.trim() : value);
    if (!address.success) problems.push(`"${officeCode}": ${JSON.stringify(value)} is not an e-mail address`);
    else mailboxes.set(officeCode, address.data);
  }
  if (problems.length > 0) throw new OfficeMailboxesError(source, problems);
  return mailboxes;
}

export type MailboxDecision = 'set' | 'unchanged' | 'kept';

/**
 * May a configured address replace an office's current one? Only when the office has none, or
 * its address came from an earlier load; an address an admin set (or one of unknown origin) stays.
 */
export function mailboxDecision(current: { email?: string | undefined; emailSource?: EmailSource | undefined }, configured: string): MailboxDecision {
  if (!current.email) return 'set';
  if (current.emailSource !== 'deploy') return 'kept';
  return current.email === configured ? 'unchanged' : 'set';
}
