// GET /api/reports/complaints?month=YYYY-MM | fiscalYear=<BE>: per hospital and office, JSON or CSV.
// Reads only the months asked for (one index partition per month), never every complaint.
import { stringify } from 'csv-stringify/sync';
import { reportsRoutes } from '../../shared/http/routes/reports';
import { listByMonth, listTopics } from '../../shared/data/complaints-repository';
import { getHospital, listOffices } from '../../shared/data/reference-repository';
import { officeScope } from '../../shared/domain/complaint-access';
import { buildComplaintReport, fiscalYearMonths, type ReportRow } from '../../shared/domain/complaint-report';
import { ForbiddenError } from '../../shared/http/errors';
import { complaintReportPdf } from '../../shared/documents/complaint-report';
import { httpHandler } from '../../shared/http/http-handler';
import { negotiateMediaType } from '../../shared/http/content-negotiation';
import { outcomeWords } from '../../shared/i18n/complaint-words';

export const handler = httpHandler(reportsRoutes.complaintReport, async ({ query, principal, headers }) => {
  const scope = officeScope(principal);
  if (scope === 'none') throw new ForbiddenError();
  // an area office reports on its own office only: asking for another is refused, not answered with its own
  if (scope && query.officeCode && query.officeCode !== scope) throw new ForbiddenError('REPORT_OTHER_OFFICE');
  const officeCode = scope ?? query.officeCode;
  const months = query.month ? [query.month] : fiscalYearMonths(query.fiscalYear!);
  const pages = await Promise.all(months.map(listByMonth));
  const cases = pages.flatMap((p) => p.items).filter((c) => !officeCode || c.officeCode === officeCode);
  const report = buildComplaintReport(cases);
  const period = query.month ? { month: query.month } : { fiscalYear: query.fiscalYear };
  const mediaType = negotiateMediaType(headers.accept, ['application/json', 'text/csv', 'application/pdf']);
  if (mediaType === 'application/pdf') {
    // the same report on paper: A4 landscape, Thai names (shared/pdf/complaint-report.ts)
    const pdf = await complaintReportPdf({ ...period, ...(officeCode ? { officeCode } : {}), report });
    const name = query.month ?? `FY${query.fiscalYear}`;
    const pdfHeaders: Record<string, string> = { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="complaints-${name}.pdf"`, 'cache-control': 'private, no-store' };
    return { binary: pdf, headers: pdfHeaders };
  }
  if (mediaType === 'text/csv') {
    // one column per topic and per outcome, so a spreadsheet can sum them
    const all = [...report.hospitals, ...report.offices, report.total];
    const topics = [...new Set(all.flatMap((r) => Object.keys(r.byTopic)))].sort();
    const outcomes = [...new Set(all.flatMap((r) => Object.keys(r.byOutcome)))].sort();
    const [topicList, officeList] = await Promise.all([listTopics(), listOffices()]);
    const topicName = new Map(topicList.map((t) => [t.code, t.nameTh]));
    const officeName = new Map(officeList.map((o) => [o.officeCode, o.nameTh]));
    const hospitalName = new Map(await Promise.all(report.hospitals.map(async (r) => [r.key, (await getHospital(r.key))?.nameTh ?? ''] as const)));
    const LEVEL = { hospital: 'สถานพยาบาล', office: 'สำนักงาน', all: 'รวมทั้งหมด' } as const;
    const rows = (level: keyof typeof LEVEL, r: ReportRow) => [
      LEVEL[level],
      level === 'all' ? '' : r.key,
      level === 'hospital' ? hospitalName.get(r.key) ?? '' : level === 'office' ? officeName.get(r.key) ?? '' : '',
      r.total, r.open, r.closed, r.slaBreaches, r.casesWithBreach,
      ...topics.map((t) => r.byTopic[t] ?? 0),
      ...outcomes.map((o) => r.byOutcome[o] ?? 0),
    ];
    const csv = stringify(
      [
        // Thai headers, each with its machine name in brackets so a script can still find the column
        [
          'ระดับ (level)', 'รหัส (code)', 'ชื่อ (name)', 'จำนวนเรื่อง (total)', 'ยังไม่ปิด (open)', 'ปิดแล้ว (closed)', 'เกินกำหนด (slaBreaches)', 'เรื่องที่เกินกำหนด (casesWithBreach)',
          ...topics.map((t) => `ประเด็น: ${topicName.get(t) ?? t} (topic:${t})`),
          ...outcomes.map((o) => `ผลการดำเนินการ: ${outcomeWords(o)?.th ?? o} (outcome:${o})`),
        ],
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
