// The complaint report a staff member may ask for: one month or a fiscal year, of every office or
// of one. Reads only the months asked for (one index partition per month), never every complaint.
import type { Principal } from '../auth/roles';
import { listByMonth } from '../data/complaints-repository';
import { officeScope } from '../domain/complaint-access';
import { buildComplaintReport, fiscalYearMonths } from '../domain/complaint-report';
import { ForbiddenError } from '../http/errors';

export type ReportPeriod = { month: string; fiscalYear?: undefined } | { month?: undefined; fiscalYear: number };

export interface ComplaintReportAsked {
  month?: string | undefined;
  fiscalYear?: number | undefined;
  officeCode?: string | undefined;
}

export async function complaintReport(asked: ComplaintReportAsked, principal: Principal) {
  const scope = officeScope(principal);
  if (scope === 'none') throw new ForbiddenError();
  // an area office reports on its own office only: asking for another is refused, not answered with its own
  if (scope && asked.officeCode && asked.officeCode !== scope) throw new ForbiddenError('REPORT_OTHER_OFFICE');
  const officeCode = scope ?? asked.officeCode;
  const period: ReportPeriod = asked.month ? { month: asked.month } : { fiscalYear: asked.fiscalYear! };
  const months = period.month !== undefined ? [period.month] : fiscalYearMonths(period.fiscalYear);
  const pages = await Promise.all(months.map(listByMonth));
  const cases = pages.flatMap((p) => p.items).filter((c) => !officeCode || c.officeCode === officeCode);
  return {
    period,
    ...(officeCode ? { officeCode } : {}),
    itemsRead: pages.reduce((n, p) => n + p.read, 0),
    report: buildComplaintReport(cases),
  };
}
