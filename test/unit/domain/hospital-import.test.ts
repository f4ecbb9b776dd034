import { describe, expect, it } from 'vitest';
import {
  HOSPITAL_CSV_COLUMNS,
  normalizeHcode,
  parseHospitalCsv,
  planImport,
  PROVINCE_CODES,
  reviewHospitalImport,
  type RegistryHospital,
} from '../../../shared/domain/hospital-import';

const HEADER = HOSPITAL_CSV_COLUMNS.join(',');
const OFFICES = new Set(['BKK-01', 'BKK-02', 'PRV-50']);

const aHospital = (overrides: Partial<RegistryHospital> = {}): RegistryHospital => ({
  code: '1000001',
  hcode: '10001',
  nameTh: 'โรงพยาบาลหนึ่ง',
  nameEn: 'Hospital One',
  provinceCode: '10',
  kind: 'main',
  officeCode: 'BKK-01',
  ...overrides,
});
const REGISTRY: RegistryHospital[] = [
  aHospital({ email: 'one@hospital.example' }),
  aHospital({ code: '1000101', hcode: '10101', nameTh: 'คลินิกสอง', nameEn: 'Clinic Two', kind: 'network', mainContractorCode: '1000001' }),
  aHospital({ code: '5000001', hcode: '50001', nameTh: 'โรงพยาบาลเชียงใหม่', nameEn: 'Chiang Mai Hospital', provinceCode: '50', officeCode: 'PRV-50' }),
];

const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const review = (text: string, registry = REGISTRY) => reviewHospitalImport(parseHospitalCsv(text), registry, OFFICES);
const issuesOf = (text: string, registry = REGISTRY) => {
  const result = review(text, registry);
  if (result.ok) throw new Error('expected issues');
  return result.issues.map(({ line, field, code }) => [line, field, code]);
};

describe('reading the hospital registry file', () => {
  it('reads well-formed rows, with Thai digits in codes, a BOM and CRLF line breaks', () => {
    const text = '\uFEFF' + [HEADER, '๑๐๐๐๐๐๒,๑๐๐๐๒,โรงพยาบาลสอง,Hospital Two,๑๐,main,,bkk-02', '1000102,10102,คลินิกสาม,Clinic Three,10,network,1000002,BKK-02', ''].join('\r\n');
    const { rows, issues } = parseHospitalCsv(text);
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.line, r.hospital])).toEqual([
      [2, { code: '1000002', hcode: '10002', nameTh: 'โรงพยาบาลสอง', nameEn: 'Hospital Two', provinceCode: '10', kind: 'main', officeCode: 'BKK-02' }],
      [3, { code: '1000102', hcode: '10102', nameTh: 'คลินิกสาม', nameEn: 'Clinic Three', provinceCode: '10', kind: 'network', mainContractorCode: '1000002', officeCode: 'BKK-02' }],
    ]);
  });

  it('numbers lines as in the file: header 1, blank lines counted, a quoted line break starts where its row does', () => {
    const text = [HEADER, '1000002,10002,"โรงพยาบาล\r\nสอง",Two,10,main,,BKK-02', '', '1000003,1000X,สาม,Three,10,main,,BKK-02'].join('\r\n');
    expect(issuesOf(text)).toEqual([[5, 'hcode', 'HCODE_FORMAT']]);
  });

  it('takes the columns in any order and in any case, and accepts a header-only file', () => {
    const text = 'officeCode,KIND,code,hcode,nameTh,nameEn,provinceCode,mainContractorCode\nBKK-02,main,1000002,10002,สอง,Two,10,\n';
    expect(parseHospitalCsv(text).rows[0]!.hospital).toMatchObject({ code: '1000002', officeCode: 'BKK-02', kind: 'main' });
    const empty = review(`${HEADER}\n`);
    expect(empty).toEqual({ ok: true, plan: { rows: 0, created: [], updated: [], unchanged: 0 } });
  });

  it('refuses a file without the expected header, naming each missing or unknown column', () => {
    expect(issuesOf('')).toEqual([[1, '', 'CSV_HEADER_MISSING']]);
    expect(issuesOf('code,hcode,name\n1000002,10002,x\n')).toEqual([
      [1, 'name', 'CSV_COLUMN_UNKNOWN'],
      [1, 'nameTh', 'CSV_COLUMN_MISSING'],
      [1, 'nameEn', 'CSV_COLUMN_MISSING'],
      [1, 'provinceCode', 'CSV_COLUMN_MISSING'],
      [1, 'kind', 'CSV_COLUMN_MISSING'],
      [1, 'mainContractorCode', 'CSV_COLUMN_MISSING'],
      [1, 'officeCode', 'CSV_COLUMN_MISSING'],
    ]);
  });

  it('reports an unclosed quote with its line, and a row with too few or too many fields', () => {
    expect(issuesOf(csv('1000002,10002,"สอง,Two,10,main,,BKK-02'))).toEqual([[2, '', 'CSV_MALFORMED']]);
    expect(issuesOf(csv('1000002,10002,สอง,Two,10,main,BKK-02', '1000003,10003,สาม,Three,10,main,,BKK-02,extra'))).toEqual([
      [2, '', 'CSV_FIELD_COUNT'],
      [3, '', 'CSV_FIELD_COUNT'],
    ]);
  });

  it('accepts a 5-digit hcode or the 9 letters and digits of a new unit, nothing else', () => {
    expect(normalizeHcode('๑๐๐๐๑')).toBe('10001');
    expect(normalizeHcode('ab12c34d5')).toBe('AB12C34D5');
    for (const bad of ['1000', '100001', '1000A', 'AB12C34D', '']) expect(normalizeHcode(bad), bad).toBeUndefined();
  });

  it('knows the 77 DOPA province codes', () => {
    expect(PROVINCE_CODES.size).toBe(77);
    expect(['10', '38', '50', '96'].every((c) => PROVINCE_CODES.has(c))).toBe(true);
    expect(['28', '59', '97', '00'].some((c) => PROVINCE_CODES.has(c))).toBe(false);
  });
});

describe('checking the rows', () => {
  it('reports every bad field of every row, by line and column', () => {
    const text = csv(
      '100000,1000,สอง,Two,1,clinic,,BKK-02',
      '1000003,10003,,Three,28,main,1000001,BKK-99',
      '1000004,10004,สี่,Four,10,network,,BKK-02',
      '1000005,10005,ห้า,Five,10,network,100000X,BKK-02',
    );
    expect(issuesOf(text)).toEqual([
      [2, 'code', 'SSO_HOSPITAL_CODE_FORMAT'],
      [2, 'hcode', 'HCODE_FORMAT'],
      [2, 'provinceCode', 'PROVINCE_CODE_FORMAT'],
      [2, 'kind', 'HOSPITAL_KIND_FORMAT'],
      [3, 'nameTh', 'REQUIRED'],
      [3, 'provinceCode', 'UNKNOWN_PROVINCE'],
      [3, 'mainContractorCode', 'MAIN_CONTRACTOR_NOT_ALLOWED'],
      [3, 'officeCode', 'UNKNOWN_OFFICE'],
      [4, 'mainContractorCode', 'MAIN_CONTRACTOR_REQUIRED'],
      [5, 'mainContractorCode', 'SSO_HOSPITAL_CODE_FORMAT'],
    ]);
  });

  it('refuses a code or hcode twice in the file, naming the first line', () => {
    const result = review(csv('1000002,10002,สอง,Two,10,main,,BKK-02', '1000003,10003,สาม,Three,10,main,,BKK-02', '1000002,10004,สี่,Four,10,main,,BKK-02', '1000005,10003,ห้า,Five,10,main,,BKK-02'));
    expect(result.ok ? [] : result.issues).toEqual([
      { line: 4, field: 'code', code: 'DUPLICATE_CODE_IN_FILE', otherLine: 2 },
      { line: 5, field: 'hcode', code: 'DUPLICATE_HCODE_IN_FILE', otherLine: 3 },
    ]);
  });

  it('refuses an hcode held by a registry hospital that the file does not carry, but not one moving between rows of the file', () => {
    expect(issuesOf(csv('1000002,10101,สอง,Two,10,main,,BKK-02'))).toEqual([[2, 'hcode', 'HCODE_TAKEN']]);
    // 1000001 gives its hcode to 1000002 and takes a new one, in the same file
    const swap = review(csv('1000001,10009,หนึ่ง,One,10,main,,BKK-01', '1000002,10001,สอง,Two,10,main,,BKK-02'));
    expect(swap.ok).toBe(true);
  });

  it('needs the main contractor of a network hospital to be a main hospital in the file or the registry', () => {
    expect(review(csv('1000102,10102,สาม,Three,10,network,1000001,BKK-01')).ok).toBe(true);
    expect(review(csv('1000002,10002,สอง,Two,10,main,,BKK-02', '1000102,10102,สาม,Three,10,network,1000002,BKK-02')).ok).toBe(true);
    expect(issuesOf(csv('1000102,10102,สาม,Three,10,network,1000101,BKK-01'))).toEqual([[2, 'mainContractorCode', 'MAIN_CONTRACTOR_UNKNOWN']]);
    expect(issuesOf(csv('1000102,10102,สาม,Three,10,network,1999999,BKK-01'))).toEqual([[2, 'mainContractorCode', 'MAIN_CONTRACTOR_UNKNOWN']]);
    // the registry's main contractor becomes a network hospital in this file: not main after the import
    expect(issuesOf(csv('5000001,50001,เชียงใหม่,Chiang Mai,50,network,1000001,PRV-50', '1000102,10102,สาม,Three,50,network,5000001,PRV-50'))).toEqual([
      [3, 'mainContractorCode', 'MAIN_CONTRACTOR_UNKNOWN'],
    ]);
  });

  it('refuses to turn a main contractor into a network hospital while the registry has network hospitals under it', () => {
    expect(issuesOf(csv('1000001,10001,หนึ่ง,One,10,network,5000001,BKK-01'))).toEqual([[2, 'kind', 'MAIN_CONTRACTOR_HAS_NETWORK']]);
  });
});

describe('planning an import', () => {
  it('creates new codes, updates changed ones keeping what the file does not carry, and counts the rest unchanged', () => {
    const result = review(
      csv(
        '1000001,10001,โรงพยาบาลหนึ่ง,Hospital One,10,main,,BKK-01',
        '1000101,10101,คลินิกสอง,Clinic Two,10,network,1000001,BKK-02',
        '5000001,50001,โรงพยาบาลเชียงใหม่ (ใหม่),Chiang Mai Hospital,50,main,,PRV-50',
        '1000002,10002,สอง,Two,10,main,,BKK-02',
      ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.plan.rows).toBe(4);
    expect(result.plan.unchanged).toBe(1);
    expect(result.plan.created.map((h) => h.code)).toEqual(['1000002']);
    expect(result.plan.updated.map((u) => [u.before.code, u.after.officeCode, u.after.nameTh])).toEqual([
      ['1000101', 'BKK-02', 'คลินิกสอง'],
      ['5000001', 'PRV-50', 'โรงพยาบาลเชียงใหม่ (ใหม่)'],
    ]);
  });

  it('keeps a stored e-mail and drops a main contractor when a network hospital becomes main', () => {
    const plan = planImport([aHospital({ nameEn: 'Hospital One (renamed)' }), aHospital({ code: '1000101', hcode: '10101', nameTh: 'คลินิกสอง', nameEn: 'Clinic Two' })], REGISTRY);
    expect(plan.updated.map((u) => u.after)).toEqual([
      { ...aHospital({ nameEn: 'Hospital One (renamed)' }), email: 'one@hospital.example' },
      aHospital({ code: '1000101', hcode: '10101', nameTh: 'คลินิกสอง', nameEn: 'Clinic Two' }),
    ]);
  });

  it('finds a second run of the same file all unchanged', () => {
    const text = csv('1000002,10002,สอง,Two,10,main,,BKK-02', '1000102,10102,สาม,Three,10,network,1000002,BKK-02');
    const first = review(text);
    if (!first.ok) throw new Error('expected a clean file');
    const after = [...REGISTRY, ...first.plan.created];
    const second = review(text, after);
    expect(second).toEqual({ ok: true, plan: { rows: 2, created: [], updated: [], unchanged: 2 } });
  });
});
