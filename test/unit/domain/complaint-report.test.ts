import { describe, expect, it } from 'vitest';
import { buildComplaintReport, fiscalYearMonths, type ReportCase } from '../../../shared/domain/complaint-report';

const aCase = (overrides: Partial<ReportCase> = {}): ReportCase => ({ hospitalCode: '1000001', officeCode: 'BKK-01', topic: 'waiting-time', status: 'open', breaches: [], ...overrides });

describe('buildComplaintReport', () => {
  it('counts per hospital and office, by topic, outcome and breaches', () => {
    const report = buildComplaintReport([
      aCase(),
      aCase({ topic: 'extra-charges', status: 'closed', outcome: 'resolved', breaches: ['acknowledge', 'report-back'] }),
      aCase({ hospitalCode: '5000001', officeCode: 'PRV-50', status: 'closed', outcome: 'mediated' }),
    ]);
    expect(report.total).toMatchObject({ total: 3, open: 1, closed: 2, slaBreaches: 2, casesWithBreach: 1 });
    expect(report.hospitals[0]).toEqual({
      key: '1000001',
      total: 2,
      open: 1,
      closed: 1,
      byTopic: { 'waiting-time': 1, 'extra-charges': 1 },
      byOutcome: { resolved: 1 },
      slaBreaches: 2,
      casesWithBreach: 1,
    });
    expect(report.offices.map((o) => [o.key, o.total])).toEqual([['BKK-01', 2], ['PRV-50', 1]]);
  });

  it('is empty for a month without complaints', () => {
    expect(buildComplaintReport([]).total.total).toBe(0);
  });
});

describe('fiscalYearMonths', () => {
  it('runs from October of the year before to September (fiscal year 2569 = Oct 2025 – Sep 2026)', () => {
    const months = fiscalYearMonths(2569);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-10');
    expect(months[2]).toBe('2025-12');
    expect(months[3]).toBe('2026-01');
    expect(months[11]).toBe('2026-09');
  });
});
