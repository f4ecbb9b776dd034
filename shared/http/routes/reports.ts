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
    summary: 'Monthly or fiscal-year complaint report per hospital and office (JSON, CSV with Accept: text/csv, or an A4 landscape PDF with Accept: application/pdf)',
    query: reportQuery,
    access: { table: 'read' },
    problems: { 403: ['REPORT_OTHER_OFFICE'] },
  }),
};
