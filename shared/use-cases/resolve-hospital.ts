// Naming a hospital in a request: by its SSO 7-digit code or by its health service unit code
// (hcode). Whatever was given, the hospital found carries the 7-digit code that records keep.
import { hospitalCodesByHcode } from '../data/hospital-registry-repository';
import { getHospital } from '../data/reference-repository';
import { warmCache } from '../data/warm-cache';
import { normalizeHcode, normalizeHospitalCode } from '../domain/hospital-codes';
import { logger } from '../logger';
import type { Hospital } from '../schemas/reference';

const KEEP_MS = 60_000;

// hcode → 7-digit code, kept for a minute per warm function like the hospitals themselves
const codeOfHcode = warmCache(KEEP_MS, async (hcode: string) => {
  const codes = await hospitalCodesByHcode(hcode);
  if (codes.length > 1) logger.warn('hcode held by more than one hospital', { hcode, hospitals: codes.length });
  return codes.length === 1 ? codes[0] : undefined;
});

/** The registry hospital named by a 7-digit code or an hcode; undefined when there is none (or the hcode is ambiguous). */
export async function resolveHospital(codeOrHcode: string, now = Date.now()): Promise<Hospital | undefined> {
  const code = normalizeHospitalCode(codeOrHcode);
  if (code) return getHospital(code, now);
  const hcode = normalizeHcode(codeOrHcode);
  if (!hcode) return undefined;
  const found = await codeOfHcode.get(hcode, now);
  if (!found) return undefined;
  const hospital = await getHospital(found, now);
  // a kept pair may be a minute old (an import moved the hcode): trust only a hospital that still has it
  if (hospital?.hcode === hcode) return hospital;
  codeOfHcode.forget(hcode);
  return undefined;
}

/** Drops the kept hcode lookups (after an import). */
export function forgetHcodes(): void {
  codeOfHcode.forget();
}
