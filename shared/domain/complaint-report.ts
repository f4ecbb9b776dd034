// Complaint reports per hospital and per office: totals, by topic, by outcome, SLA breaches.
// A pure function of one period's cases; the caller reads only that period (month partitions).
import { fromBuddhistYear } from '../time/bangkok';

export interface ReportCase {
  hospitalCode: string;
  officeCode: string;
  topic: string;
  status: 'open' | 'paused' | 'closed';
  outcome?: string;
  breaches: string[];
}

export interface ReportRow {
  key: string;
  total: number;
  open: number;
  closed: number;
  byTopic: Record<string, number>;
  byOutcome: Record<string, number>;
  slaBreaches: number;
  casesWithBreach: number;
}

const emptyRow = (key: string): ReportRow => ({ key, total: 0, open: 0, closed: 0, byTopic: {}, byOutcome: {}, slaBreaches: 0, casesWithBreach: 0 });

function add(row: ReportRow, c: ReportCase): void {
  row.total++;
  if (c.status === 'closed') row.closed++;
  else row.open++;
  row.byTopic[c.topic] = (row.byTopic[c.topic] ?? 0) + 1;
  if (c.outcome) row.byOutcome[c.outcome] = (row.byOutcome[c.outcome] ?? 0) + 1;
  row.slaBreaches += c.breaches.length;
  if (c.breaches.length > 0) row.casesWithBreach++;
}

export function buildComplaintReport(cases: ReportCase[]): { hospitals: ReportRow[]; offices: ReportRow[]; total: ReportRow } {
  const hospitals = new Map<string, ReportRow>();
  const offices = new Map<string, ReportRow>();
  const total = emptyRow('total');
  for (const c of cases) {
    add(hospitals.get(c.hospitalCode) ?? hospitals.set(c.hospitalCode, emptyRow(c.hospitalCode)).get(c.hospitalCode)!, c);
    add(offices.get(c.officeCode) ?? offices.set(c.officeCode, emptyRow(c.officeCode)).get(c.officeCode)!, c);
    add(total, c);
  }
  const byTotal = (a: ReportRow, b: ReportRow) => b.total - a.total || a.key.localeCompare(b.key);
  return { hospitals: [...hospitals.values()].sort(byTotal), offices: [...offices.values()].sort(byTotal), total };
}

/** The months of a Thai fiscal year (BE): October of the year before to September. */
export function fiscalYearMonths(fiscalYearBE: number): string[] {
  const endCE = fromBuddhistYear(fiscalYearBE);
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((9 + i) % 12) + 1;
    const year = month >= 10 ? endCE - 1 : endCE;
    return `${year}-${String(month).padStart(2, '0')}`;
  });
}
