// The complaint report as a document: a PDF and a CSV of the report the JSON answers, with the
// Thai names of its hospitals, offices, topics and outcomes.
import { stringify } from 'csv-stringify/sync';
import { listTopics } from '../data/complaints-repository';
import { getHospitalsByCodes } from '../data/hospital-registry-repository';
import { listOffices } from '../data/reference-repository';
import type { buildComplaintReport, ReportRow } from '../domain/complaint-report';
import { COMPLAINT_OUTCOME_WORDS, outcomeWords } from '../i18n/complaint-words';
import { formatThaiDate } from '../time/bangkok';

type ComplaintReport = ReturnType<typeof buildComplaintReport>;

/** The Thai names of the report's hospitals, and of every office and topic. */
async function namesOf(report: ComplaintReport) {
  const [hospitals, offices, topics] = await Promise.all([getHospitalsByCodes(report.hospitals.map((h) => h.key)), listOffices(), listTopics()]);
  return {
    hospitals: new Map(hospitals.map((h) => [h.code, h.nameTh])),
    offices: new Map(offices.map((o) => [o.officeCode, o.nameTh])),
    topics: new Map(topics.map((t) => [t.code, t.nameTh])),
  };
}

/** "เดือนพฤศจิกายน 2569", or "ปีงบประมาณ พ.ศ. 2570 (1 ตุลาคม 2569 – 30 กันยายน 2570)". */
export function periodTh(period: { month?: string; fiscalYear?: number }): string {
  if (period.month) return `เดือน${formatThaiDate(`${period.month}-01`, { lang: 'th' }).replace(/^1 /, '')}`;
  const fy = period.fiscalYear!;
  return `ปีงบประมาณ พ.ศ. ${fy} (1 ตุลาคม ${fy - 1} – 30 กันยายน ${fy})`;
}

export async function complaintReportPdf(
  input: { month?: string | undefined; fiscalYear?: number | undefined; officeCode?: string | undefined; report: ComplaintReport },
  now = new Date(),
): Promise<Buffer> {
  // the renderer (pdfkit, the Thai fonts) loads only when a PDF is asked for: the JSON and CSV
  // answers, the report's usual ones, start a function without it (bench, cold start)
  const [names, { renderComplaintReport }] = await Promise.all([namesOf(input.report), import('../pdf/complaint-report')]);
  return renderComplaintReport(
    {
      periodTh: periodTh(input),
      ...(input.officeCode ? { officeCode: input.officeCode } : {}),
      report: input.report,
      names: {
        hospitals: Object.fromEntries(names.hospitals),
        offices: Object.fromEntries(names.offices),
        topics: Object.fromEntries(names.topics),
        outcomes: Object.fromEntries(Object.entries(COMPLAINT_OUTCOME_WORDS).map(([code, words]) => [code, words.th])),
      },
    },
    now,
  );
}

const LEVEL = { hospital: 'สถานพยาบาล', office: 'สำนักงาน', all: 'รวมทั้งหมด' } as const;

/**
 * The same report as CSV for a spreadsheet: one column per topic and per outcome, so it can sum them;
 * Thai headers, each with its machine name in brackets so a script can still find the column; a BOM
 * so spreadsheet programs read the Thai text as UTF-8.
 */
export async function complaintReportCsv(report: ComplaintReport): Promise<string> {
  const all = [...report.hospitals, ...report.offices, report.total];
  const topics = [...new Set(all.flatMap((r) => Object.keys(r.byTopic)))].sort();
  const outcomes = [...new Set(all.flatMap((r) => Object.keys(r.byOutcome)))].sort();
  const names = await namesOf(report);
  const row = (level: keyof typeof LEVEL, r: ReportRow) => [
    LEVEL[level],
    level === 'all' ? '' : r.key,
    level === 'hospital' ? (names.hospitals.get(r.key) ?? '') : level === 'office' ? (names.offices.get(r.key) ?? '') : '',
    r.total, r.open, r.closed, r.slaBreaches, r.casesWithBreach,
    ...topics.map((t) => r.byTopic[t] ?? 0),
    ...outcomes.map((o) => r.byOutcome[o] ?? 0),
  ];
  const csv = stringify([
    [
      'ระดับ (level)', 'รหัส (code)', 'ชื่อ (name)', 'จำนวนเรื่อง (total)', 'ยังไม่ปิด (open)', 'ปิดแล้ว (closed)', 'เกินกำหนด (slaBreaches)', 'เรื่องที่เกินกำหนด (casesWithBreach)',
      ...topics.map((t) => `ประเด็น: ${names.topics.get(t) ?? t} (topic:${t})`),
      ...outcomes.map((o) => `ผลการดำเนินการ: ${outcomeWords(o)?.th ?? o} (outcome:${o})`),
    ],
    ...report.hospitals.map((r) => row('hospital', r)),
    ...report.offices.map((r) => row('office', r)),
    row('all', report.total),
  ]);
  return `\uFEFF${csv}`;
}
