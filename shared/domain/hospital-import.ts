// The hospital registry file (CSV) as pure rules: read it, check every row against the rest of the
// file and the registry, and plan what an import creates, updates or leaves as it is. No AWS here.
import { CsvError, parse } from 'csv-parse/sync';
import { normalizeHcode, SSO_HOSPITAL_CODE as HOSPITAL_CODE } from './hospital-codes';
import { PROVINCES } from '../reference-data/provinces';
import { normalizeDigits } from './thai-text';

export { normalizeHcode, normalizeHospitalCode } from './hospital-codes';

export const HOSPITAL_CSV_COLUMNS = ['code', 'hcode', 'nameTh', 'nameEn', 'provinceCode', 'kind', 'mainContractorCode', 'officeCode'] as const;
export type HospitalColumn = (typeof HOSPITAL_CSV_COLUMNS)[number];

/** The DOPA province codes (10 Bangkok … 96 Narathiwat) of the 77 provinces, as shipped. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set(PROVINCES.map((p) => p.code));

/** A hospital of the registry, as the import reads and writes it (other stored fields, e.g. `email`, are kept). */
export interface RegistryHospital {
  code: string;
  hcode: string;
  nameTh: string;
  nameEn: string;
  provinceCode: string;
  kind: 'main' | 'network';
  mainContractorCode?: string;
  officeCode: string;
  email?: string;
}

/** One problem with the file: its line (the header is line 1), the column, and a stable code. */
export interface ImportIssue {
  line: number;
  /** The column (as named in the file for an unknown one), or '' for the whole row or file. */
  field: string;
  code: string;
  /** For a duplicate within the file: the line that has the same value first. */
  otherLine?: number;
}

/** A data row as read: every field normalised; `hospital` only when each field is well-formed. */
export interface ParsedRow {
  line: number;
  values: Record<HospitalColumn, string>;
  hospital?: RegistryHospital;
}

const MAX_NAME = 200;
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Reads the file: header, then one row per record. Problems of form come back as issues, never thrown. */
export function parseHospitalCsv(text: string): { rows: ParsedRow[]; issues: ImportIssue[] } {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // one kind of line break, so csv-parse counts lines right (it miscounts CRLF inside quotes)
    // with `info`, each record comes with where it ends (the typings know only plain records)
    records = parse(text.replace(/\r\n?/g, '\n'), { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return { rows: [], issues: [{ line: typeof error.lines === 'number' ? error.lines : 1, field: '', code: 'CSV_MALFORMED' }] };
    throw error;
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], issues: [{ line: 1, field: '', code: 'CSV_HEADER_MISSING' }] };
  const headerIssues = checkHeader(header.record);
  if (headerIssues.length > 0) return { rows: [], issues: headerIssues };
  const columns = header.record.map(canonicalColumn) as HospitalColumn[];

  const rows: ParsedRow[] = [];
  const issues: ImportIssue[] = [];
  for (const { record, info } of data) {
    // a record may span lines (a quoted line break): name the line where it starts
    const line = info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== columns.length) {
      issues.push({ line, field: '', code: 'CSV_FIELD_COUNT' });
      continue;
    }
    const raw = Object.fromEntries(columns.map((c, i) => [c, record[i]!])) as Record<HospitalColumn, string>;
    const { row, rowIssues } = readRow(line, raw);
    rows.push(row);
    issues.push(...rowIssues);
  }
  return { rows, issues };
}

const canonicalColumn = (name: string) => HOSPITAL_CSV_COLUMNS.find((c) => c.toLowerCase() === name.trim().toLowerCase()) ?? name.trim();

function checkHeader(names: string[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  for (const name of names.map(canonicalColumn)) {
    if (!(HOSPITAL_CSV_COLUMNS as readonly string[]).includes(name)) issues.push({ line: 1, field: name, code: 'CSV_COLUMN_UNKNOWN' });
    else if (seen.has(name)) issues.push({ line: 1, field: name, code: 'CSV_COLUMN_DUPLICATE' });
    seen.add(name);
  }
  for (const column of HOSPITAL_CSV_COLUMNS) if (!seen.has(column)) issues.push({ line: 1, field: column, code: 'CSV_COLUMN_MISSING' });
  return issues;
}

function readRow(line: number, raw: Record<HospitalColumn, string>): { row: ParsedRow; rowIssues: ImportIssue[] } {
  const rowIssues: ImportIssue[] = [];
  const bad = (issue: { field: HospitalColumn; code: string }) => rowIssues.push({ line, ...issue });
  const digits = (s: string) => normalizeDigits(s).trim();
  const values: Record<HospitalColumn, string> = {
    code: digits(raw.code),
    hcode: digits(raw.hcode).toUpperCase(),
    nameTh: raw.nameTh.normalize('NFC').trim(),
    nameEn: raw.nameEn.normalize('NFC').trim(),
    provinceCode: digits(raw.provinceCode),
    kind: raw.kind.trim().toLowerCase(),
    mainContractorCode: digits(raw.mainContractorCode),
    officeCode: raw.officeCode.trim().toUpperCase(),
  };
  if (!HOSPITAL_CODE.test(values.code)) bad({ field: 'code', code: 'SSO_HOSPITAL_CODE_FORMAT' });
  if (!normalizeHcode(values.hcode)) bad({ field: 'hcode', code: 'HCODE_FORMAT' });
  for (const field of ['nameTh', 'nameEn'] as const) {
    if (!values[field]) bad({ field, code: 'REQUIRED' });
    else if (values[field].length > MAX_NAME) bad({ field, code: 'TOO_LONG' });
    else if (CONTROL_CHARACTERS.test(values[field])) bad({ field, code: 'CONTROL_CHARACTERS' });
  }
  if (!/^\d{2}$/.test(values.provinceCode)) bad({ field: 'provinceCode', code: 'PROVINCE_CODE_FORMAT' });
  else if (!PROVINCE_CODES.has(values.provinceCode)) bad({ field: 'provinceCode', code: 'UNKNOWN_PROVINCE' });
  if (values.kind !== 'main' && values.kind !== 'network') bad({ field: 'kind', code: 'HOSPITAL_KIND_FORMAT' });
  else if (values.kind === 'network' && !values.mainContractorCode) bad({ field: 'mainContractorCode', code: 'MAIN_CONTRACTOR_REQUIRED' });
  else if (values.kind === 'main' && values.mainContractorCode) bad({ field: 'mainContractorCode', code: 'MAIN_CONTRACTOR_NOT_ALLOWED' });
  if (values.mainContractorCode && !HOSPITAL_CODE.test(values.mainContractorCode)) bad({ field: 'mainContractorCode', code: 'SSO_HOSPITAL_CODE_FORMAT' });
  if (!values.officeCode) bad({ field: 'officeCode', code: 'REQUIRED' });

  const row: ParsedRow = { line, values };
  if (rowIssues.length === 0) {
    row.hospital = {
      code: values.code,
      hcode: values.hcode,
      nameTh: values.nameTh,
      nameEn: values.nameEn,
      provinceCode: values.provinceCode,
      kind: values.kind as RegistryHospital['kind'],
      ...(values.mainContractorCode ? { mainContractorCode: values.mainContractorCode } : {}),
      officeCode: values.officeCode,
    };
  }
  return { row, rowIssues };
}

/**
 * Checks the rows against each other and against the registry as it would be after the import
 * (the registry's hospitals overlaid with the file's rows): unique codes and hcodes, existing
 * offices, main contractors that are `main`, and no network left under a hospital that stops being main.
 */
export function checkRows(rows: ParsedRow[], registry: readonly RegistryHospital[], officeCodes: ReadonlySet<string>): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const firstLineOfCode = new Map<string, number>();
  const firstLineOfHcode = new Map<string, number>();
  for (const { line, values } of rows) {
    const sameCode = firstLineOfCode.get(values.code);
    if (HOSPITAL_CODE.test(values.code) && sameCode !== undefined) issues.push({ line, field: 'code', code: 'DUPLICATE_CODE_IN_FILE', otherLine: sameCode });
    else firstLineOfCode.set(values.code, line);
    const sameHcode = firstLineOfHcode.get(values.hcode);
    if (normalizeHcode(values.hcode) && sameHcode !== undefined) issues.push({ line, field: 'hcode', code: 'DUPLICATE_HCODE_IN_FILE', otherLine: sameHcode });
    else firstLineOfHcode.set(values.hcode, line);
  }

  // the registry as it would be: hospitals not in the file, and the file's rows
  const inFile = new Set(rows.map((r) => r.values.code));
  const kept = registry.filter((h) => !inFile.has(h.code));
  const hcodeOutsideFile = new Map(kept.map((h) => [h.hcode, h.code]));
  const kindAfter = new Map<string, string>([...kept.map((h) => [h.code, h.kind] as const), ...rows.map((r) => [r.values.code, r.values.kind] as const)]);
  const networkOutsideFile = new Set(kept.filter((h) => h.kind === 'network' && h.mainContractorCode).map((h) => h.mainContractorCode!));

  for (const { line, values, hospital } of rows) {
    if (normalizeHcode(values.hcode) && hcodeOutsideFile.has(values.hcode)) issues.push({ line, field: 'hcode', code: 'HCODE_TAKEN' });
    if (values.officeCode && !officeCodes.has(values.officeCode)) issues.push({ line, field: 'officeCode', code: 'UNKNOWN_OFFICE' });
    if (hospital?.kind === 'network' && kindAfter.get(hospital.mainContractorCode!) !== 'main') {
      issues.push({ line, field: 'mainContractorCode', code: 'MAIN_CONTRACTOR_UNKNOWN' });
    }
    if (values.kind === 'network' && networkOutsideFile.has(values.code)) issues.push({ line, field: 'kind', code: 'MAIN_CONTRACTOR_HAS_NETWORK' });
  }
  return issues;
}

export interface ImportPlan {
  rows: number;
  created: RegistryHospital[];
  updated: Array<{ before: RegistryHospital; after: RegistryHospital }>;
  unchanged: number;
}

const SAME_FIELDS = ['hcode', 'nameTh', 'nameEn', 'provinceCode', 'kind', 'mainContractorCode', 'officeCode'] as const;

/**
 * What an import of valid rows does: a code not in the registry is created, a changed one is
 * updated (fields the file does not carry, e.g. `email`, are kept), an identical one is left alone.
 */
export function planImport(hospitals: readonly RegistryHospital[], registry: readonly RegistryHospital[]): ImportPlan {
  const byCode = new Map(registry.map((h) => [h.code, h]));
  const plan: ImportPlan = { rows: hospitals.length, created: [], updated: [], unchanged: 0 };
  for (const row of hospitals) {
    const before = byCode.get(row.code);
    if (!before) plan.created.push(row);
    else if (SAME_FIELDS.every((f) => (before[f] ?? '') === (row[f] ?? ''))) plan.unchanged++;
    else {
      const { mainContractorCode: _old, ...rest } = before;
      plan.updated.push({ before, after: { ...rest, ...row } });
    }
  }
  return plan;
}

export type ParsedFile = ReturnType<typeof parseHospitalCsv>;

/** Checks and plans a file read by `parseHospitalCsv`: the plan when the file is clean, else every issue, by line. */
export function reviewHospitalImport(
  file: ParsedFile,
  registry: readonly RegistryHospital[],
  officeCodes: ReadonlySet<string>,
): { ok: true; plan: ImportPlan } | { ok: false; issues: ImportIssue[] } {
  const all = [...file.issues, ...checkRows(file.rows, registry, officeCodes)].sort(
    (a, b) => a.line - b.line || HOSPITAL_CSV_COLUMNS.indexOf(a.field as HospitalColumn) - HOSPITAL_CSV_COLUMNS.indexOf(b.field as HospitalColumn),
  );
  if (all.length > 0) return { ok: false, issues: all };
  return { ok: true, plan: planImport(file.rows.map((r) => r.hospital!), registry) };
}
