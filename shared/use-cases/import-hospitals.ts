// Importing the hospital registry from a CSV file (POST /api/admin/hospital-imports), as a numbered course:
//  1. read the file, the registry (the list, and the file's own codes read strongly consistent) and the offices;
//  2. check every row (shared/domain/hospital-import.ts): any bad row → 422 IMPORT_HAS_ERRORS listing
//     every issue by line, and nothing is written;
//  3. plan created / updated / unchanged; a dry run stops here and answers exactly these counts;
//  4. chunk by chunk: the admin change of each hospital (before/after), then the hospitals, batch-written;
//  5. one summary record for the import; this function's warm copies of hospitals and hcodes are dropped.
// Not atomic across chunks (DynamoDB has no transaction that large): a failure part-way leaves the
// chunks already written, and a re-run of the same file finds them unchanged (docs/decisions.md).
import { createHash } from 'node:crypto';
import { adminTarget, recordAdminChange } from '../data/audit-repository';
import { getHospitalsByCodes, writeHospitals } from '../data/hospital-registry-repository';
import { forgetHospitals, listHospitals, listOffices } from '../data/reference-repository';
import { SSO_HOSPITAL_CODE } from '../domain/hospital-codes';
import { parseHospitalCsv, reviewHospitalImport, type ImportIssue, type ImportPlan, type RegistryHospital } from '../domain/hospital-import';
import { AppError, type FieldError } from '../http/errors';
import { t } from '../i18n/messages';
import type { Lang } from '../i18n/lang';
import { logger } from '../logger';
import { forgetHcodes } from './resolve-hospital';

/** Beyond this many issues the answer lists the first ones and says how many there were. */
export const MAX_REPORTED_ISSUES = 1000;
/** Hospitals written per step: their audit records first, then one set of batch writes. */
const CHUNK = 100;
const PARALLEL_AUDIT_WRITES = 25;

export interface ImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: [];
}

export async function importHospitals(text: string, options: { dryRun: boolean; actor: string; lang: Lang }, now = new Date()): Promise<ImportResult> {
  const file = parseHospitalCsv(text);
  const [registry, offices] = await Promise.all([currentRegistry(file.rows.map((r) => r.values.code)), listOffices()]);
  const review = reviewHospitalImport(file, registry, new Set(offices.map((o) => o.officeCode)));
  if (!review.ok) throw importErrors(review.issues, options.lang);
  const { plan } = review;
  const result: ImportResult = { dryRun: options.dryRun, rows: plan.rows, created: plan.created.length, updated: plan.updated.length, unchanged: plan.unchanged, errors: [] };
  if (options.dryRun) return result;

  const summary = { rows: plan.rows, sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) };
  let written = 0;
  try {
    for (const chunk of chunksOf(plan)) {
      for (let i = 0; i < chunk.length; i += PARALLEL_AUDIT_WRITES) {
        await Promise.all(
          chunk.slice(i, i + PARALLEL_AUDIT_WRITES).map(({ before, after }) =>
            recordAdminChange({ at: now.toISOString(), actor: options.actor, action: before ? 'hospital.update' : 'hospital.create', target: adminTarget.hospital(after.code), before, after }),
          ),
        );
      }
      await writeHospitals(chunk.map((c) => c.after));
      written += chunk.length;
    }
  } catch (error) {
    logger.error('hospital import stopped part-way', { written, toWrite: result.created + result.updated, error: error as Error });
    await recordAdminChange({ at: now.toISOString(), actor: options.actor, action: 'hospital-import.failed', target: adminTarget.hospitalRegistry(), after: { ...summary, written } }).catch(() => undefined);
    throw error;
  } finally {
    forgetHospitals();
    forgetHcodes();
  }
  await recordAdminChange({
    at: now.toISOString(),
    actor: options.actor,
    action: 'hospital-import.apply',
    target: adminTarget.hospitalRegistry(),
    after: { ...summary, created: result.created, updated: result.updated, unchanged: result.unchanged },
  });
  return result;
}

/**
 * The registry as the check needs it: every hospital (the list, from an index that may lag by a
 * moment), with the rows the file names read strongly consistent, so their before/after is exact.
 */
async function currentRegistry(fileCodes: string[]): Promise<RegistryHospital[]> {
  const codes = [...new Set(fileCodes.filter((c) => SSO_HOSPITAL_CODE.test(c)))];
  const [listed, read] = await Promise.all([listHospitals(), getHospitalsByCodes(codes)]);
  const fresh = new Map(read.map((h) => [h.code, h]));
  const byCode = new Map(listed.map((h) => [h.code, h]));
  for (const code of codes) {
    const h = fresh.get(code);
    if (h) byCode.set(code, h);
    else byCode.delete(code);
  }
  return [...byCode.values()];
}

function chunksOf(plan: ImportPlan): Array<Array<{ before?: RegistryHospital; after: RegistryHospital }>> {
  const changes = [...plan.created.map((after) => ({ after })), ...plan.updated];
  const chunks = [];
  for (let i = 0; i < changes.length; i += CHUNK) chunks.push(changes.slice(i, i + CHUNK));
  return chunks;
}

/** 422 IMPORT_HAS_ERRORS: every issue with its line, column, code and message in the caller's language. */
function importErrors(issues: ImportIssue[], lang: Lang): AppError {
  const errors: FieldError[] = issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => ({
    path: issue.field,
    code: issue.code,
    line: issue.line,
    field: issue.field,
    message: t(issue.code, lang) + (issue.otherLine ? (lang === 'th' ? ` (บรรทัดที่ ${issue.otherLine})` : ` (line ${issue.otherLine})`) : ''),
  }));
  const detail = issues.length > MAX_REPORTED_ISSUES ? `${MAX_REPORTED_ISSUES} of ${issues.length} issues listed` : undefined;
  return new AppError(422, 'IMPORT_HAS_ERRORS', errors, detail);
}
