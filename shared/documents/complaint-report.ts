// The complaint report as a PDF: the report the JSON and CSV answer, with the Thai names of its
// hospitals, offices, topics and outcomes.
import { listTopics } from '../data/complaints-repository';
import { getHospitalsByCodes } from '../data/hospital-registry-repository';
import { listOffices } from '../data/reference-repository';
import type { buildComplaintReport } from '../domain/complaint-report';
import { renderComplaintReport } from '../pdf/complaint-report';
import { COMPLAINT_OUTCOME_WORDS } from '../i18n/complaint-words';
import { formatThaiDate } from '../time/bangkok';


/** "เดือนพฤศจิกายน 2569", or "ปีงบประมาณ พ.ศ. 2570 (1 ตุลาคม 2569 – 30 กันยายน 2570)". */
export function periodTh(period: { month?: string; fiscalYear?: number }): string {
  if (period.month) return `เดือน${formatThaiDate(`${period.month}-01`, { lang: 'th' }).replace(/^1 /, '')}`;
  const fy = period.fiscalYear!;
  return `ปีงบประมาณ พ.ศ. ${fy} (1 ตุลาคม ${fy - 1} – 30 กันยายน ${fy})`;
}

export async function complaintReportPdf(
  input: { month?: string; fiscalYear?: number; officeCode?: string; report: ReturnType<typeof buildComplaintReport> },
  now = new Date(),
): Promise<Buffer> {
  const [hospitals, offices, topics] = await Promise.all([getHospitalsByCodes(input.report.hospitals.map((h) => h.key)), listOffices(), listTopics()]);
  return renderComplaintReport(
    {
      periodTh: periodTh(input),
      ...(input.officeCode ? { officeCode: input.officeCode } : {}),
      report: input.report,
      names: {
        hospitals: Object.fromEntries(hospitals.map((h) => [h.code, h.nameTh])),
        offices: Object.fromEntries(offices.map((o) => [o.officeCode, o.nameTh])),
        topics: Object.fromEntries(topics.map((t) => [t.code, t.nameTh])),
        outcomes: Object.fromEntries(Object.entries(COMPLAINT_OUTCOME_WORDS).map(([code, words]) => [code, words.th])),
      },
    },
    now,
  );
}
