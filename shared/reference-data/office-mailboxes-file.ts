// Reads an office mailbox file (deploy-time configuration; format in office-mailboxes.ts). Used by
// the operator command and the local stack, never by a deployed function.
import { readFileSync } from 'node:fs';
import { OfficeMailboxesError, parseOfficeMailboxes } from './office-mailboxes';

export function readOfficeMailboxesFile(file: string, knownOfficeCodes: Iterable<string> | 'any'): Map<string, string> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new OfficeMailboxesError(file, [error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `cannot be read: ${(error as Error).message}`]);
  }
  return parseOfficeMailboxes(json, knownOfficeCodes, file);
}
