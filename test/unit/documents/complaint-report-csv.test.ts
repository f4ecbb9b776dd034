// The complaint report as CSV: Thai headers with machine names, a column per topic and outcome,
// Thai names of hospitals and offices, a BOM for spreadsheet programs.
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { buildComplaintReport, type ReportCase } from '../../../shared/domain/complaint-report';

vi.mock('../../../shared/data/hospital-registry-repository', () => ({
  getHospitalsByCodes: async (codes: string[]) => codes.filter((c) => c === '1000001').map((code) => ({ code, nameTh: 'โรงพยาบาลทดสอบ' })),
}));
vi.mock('../../../shared/data/reference-repository', () => ({ listOffices: async () => [{ officeCode: 'BKK-01', nameTh: 'สำนักงานเขต 1' }] }));
vi.mock('../../../shared/data/complaints-repository', () => ({ listTopics: async () => [{ code: 'service', nameTh: 'การให้บริการ' }] }));

const { complaintReportCsv } = await import('../../../shared/documents/complaint-report');

const aCase = (over: Partial<ReportCase> = {}): ReportCase => ({ hospitalCode: '1000001', officeCode: 'BKK-01', topic: 'service', status: 'open', breaches: [], ...over });

describe('complaintReportCsv', () => {
  it('has a BOM, a Thai header per column with its machine name, and a row per hospital, office and the total', async () => {
    const report = buildComplaintReport([aCase(), aCase({ hospitalCode: '2000001', topic: 'fees', status: 'closed', outcome: 'resolved', breaches: ['acknowledge'] })]);
    const csv = await complaintReportCsv(report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(csv.slice(1)) as string[][];
    expect(header!.slice(0, 4)).toEqual(['ระดับ (level)', 'รหัส (code)', 'ชื่อ (name)', 'จำนวนเรื่อง (total)']);
    expect(header).toContain('ประเด็น: การให้บริการ (topic:service)');
    // a topic without a stored name keeps its code
    expect(header).toContain('ประเด็น: fees (topic:fees)');
    expect(header!.at(-1)).toMatch(/^ผลการดำเนินการ: .+ \(outcome:resolved\)$/);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['สถานพยาบาล', '1000001', 'โรงพยาบาลทดสอบ', '1'],
      ['สถานพยาบาล', '2000001', '', '1'],
      ['สำนักงาน', 'BKK-01', 'สำนักงานเขต 1', '2'],
      ['รวมทั้งหมด', '', '', '2'],
    ]);
  });
});
