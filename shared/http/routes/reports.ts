// Complaint reports per hospital and office.
// Each handler imports only its own area's table, so a bundle carries only these schemas.
import { defineRoute } from '../../http/route';
import { reportQuery } from '../../schemas/complaints';
import { COMPLAINT_STAFF_ROLES } from '../../domain/complaint-access';

export const reportsRoutes = {
  complaintReport: defineRoute({
    id: 'reports.complaints',
    method: 'GET',
    path: '/api/reports/complaints',
    handler: 'functions/reports/complaints-report.ts',
    auth: COMPLAINT_STAFF_ROLES,
    summary: 'Monthly or fiscal-year complaint report per hospital and office (JSON, CSV or an A4 landscape PDF, by Accept)',
    description:
      'The answer is negotiated from `Accept` (RFC 9110): `application/json` (the default, also with no Accept), `text/csv` (UTF-8 with a BOM, for Excel) or `application/pdf`; q-values and wildcards are honoured, so `text/csv;q=0.5, application/json` is JSON. None acceptable: 406 `NOT_ACCEPTABLE`.',
    query: reportQuery,
    access: { table: 'read' },
    problems: { 403: ['REPORT_OTHER_OFFICE'], 406: ['NOT_ACCEPTABLE'] },
  }),
};
