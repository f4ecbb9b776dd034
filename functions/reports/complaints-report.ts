// GET /api/reports/complaints?month=YYYY-MM | fiscalYear=<BE>: per hospital and office, JSON, CSV or
// PDF by Accept. The report is shared/use-cases/complaint-report.ts; its CSV and PDF are
// shared/documents/complaint-report.ts.
import { reportsRoutes } from '../../shared/http/routes/reports';
import { complaintReportCsv, complaintReportPdf } from '../../shared/documents/complaint-report';
import { negotiateMediaType } from '../../shared/http/content-negotiation';
import { httpHandler, type HttpReply } from '../../shared/http/http-handler';
import { complaintReport } from '../../shared/use-cases/complaint-report';

export const handler = httpHandler(reportsRoutes.complaintReport, async ({ query, principal, headers }): Promise<HttpReply> => {
  const { period, itemsRead, report, ...office } = await complaintReport(query, principal);
  const mediaType = negotiateMediaType(headers.accept, ['application/json', 'text/csv', 'application/pdf']);
  const name = period.month ?? `FY${period.fiscalYear}`;
  if (mediaType === 'application/pdf') {
    // the same report on paper: A4 landscape, Thai names
    const pdf = await complaintReportPdf({ ...period, ...office, report });
    return { binary: pdf, headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="complaints-${name}.pdf"`, 'cache-control': 'private, no-store' } };
  }
  if (mediaType === 'text/csv') {
    const csv = await complaintReportCsv(report);
    return { text: csv, headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="complaints-${name}.csv"` } };
  }
  return { body: { ...period, ...office, itemsRead, ...report } };
});
