// GET /api/reports/complaints?month=YYYY-MM | fiscalYear=<BE>: per hospital and office, JSON or CSV.
// Reads only the months asked for (one index partition per month), never every complaint.
import { stringify } from 'csv-stringify/sync';
import { reportsRoutes } from '../../infra/routes/reports';
import { listByMonth } from '../../shared/data/complaints-repository';
import { officeScope } from '../../shared/domain/complaint-access';
import { buildComplaintReport, fiscalYearMonths, type ReportRow } from '../../shared/domain/complaint-report';
import { ForbiddenError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(reportsRoutes.complaintReport, async ({ query, principal, headers }) => {
  const scope = officeScope(principal);
  if (scope === 'none') throw new ForbiddenError();
  const officeCode = scope ?? query.officeCode;
  const months = query.month ? [query.month] : fiscalYearMonths(query.fiscalYear!);
  const pages = await Promise.all(months.map(listByMonth));
  const cases = pages.flatMap((p) => p.items).filter((c) => !officeCode || c.officeCode === officeCode);
  const report = buildComplaintReport(cases);
  const period = query.month ? { month: query.month } : { fiscalYear: query.fiscalYear };
  if ((headers.accept ?? '').includes('text/csv')) {
    // one column per topic and per outcome, so a spreadsheet can sum them
    const all = [...report.hospitals, ...report.offices, report.total];
    const topics = [...new Set(all.flatMap((r) => Object.keys(r.byTopic)))].sort();
    const outcomes = [...new Set(all.flatMap((r) => Object.keys(r.byOutcome)))].sort();
    const rows = (level: string, r: ReportRow) => [
      level, r.key, r.total, r.open, r.closed, r.slaBreaches, r.casesWithBreach,
      ...topics.map((t) => r.byTopic[t] ?? 0),
      ...outcomes.map((o) => r.byOutcome[o] ?? 0),
    ];
    const csv = stringify(
      [
        ['level', 'code', 'total', 'open', 'closed', 'slaBreaches', 'casesWithBreach', ...topics.map((t) => `topic:${t}`), ...outcomes.map((o) => `outcome:${o}`)],
        ...report.hospitals.map((r) => rows('hospital', r)),
        ...report.offices.map((r) => rows('office', r)),
        rows('all', report.total),
      ],
    );
    const name = query.month ?? `FY${query.fiscalYear}`;
    // a BOM so spreadsheet programs read the Thai text as UTF-8
    return { text: `\uFEFF${csv}`, headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="complaints-${name}.csv"` } };
  }
  return { body: { ...period, ...(officeCode ? { officeCode } : {}), itemsRead: pages.reduce((n, p) => n + p.read, 0), ...report } };
});
