// The monthly / fiscal-year complaint report as a PDF (A4 landscape): the same figures as the JSON
// and CSV report, per hospital and per office, by topic and outcome, with Thai names and SLA breaches.
import type { ReportRow } from '../domain/complaint-report';
import { formatThaiDate } from '../time/bangkok';
import { drawTable, type Column } from './table';
import { createThaiDocument } from './thai-document';

export interface ComplaintReportPdfData {
  /** e.g. "เดือนพฤศจิกายน 2569" or "ปีงบประมาณ 2570 (ตุลาคม 2568 – กันยายน 2569)" */
  periodTh: string;
  officeCode?: string;
  report: { hospitals: ReportRow[]; offices: ReportRow[]; total: ReportRow };
  names: {
    hospitals: Record<string, string>;
    offices: Record<string, string>;
    topics: Record<string, string>;
    outcomes: Record<string, string>;
  };
}

export const REPORT_TITLE = 'รายงานเรื่องร้องเรียนสถานพยาบาล';

const n = (value: number) => value.toLocaleString('en-US');

export async function renderComplaintReport(data: ComplaintReportPdfData, now = new Date()): Promise<Buffer> {
  const { report, names } = data;
  const pdf = createThaiDocument({ title: `${REPORT_TITLE} ${data.periodTh}`, layout: 'landscape', margin: 36, createdAt: now });
  const { doc } = pdf;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const office = data.officeCode ? `${names.offices[data.officeCode] ?? data.officeCode} (${data.officeCode})` : 'ทุกสำนักงาน';
  const topicName = (code: string) => names.topics[code] ?? code;
  const outcomeWords = (row: ReportRow) =>
    Object.entries(row.byOutcome)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, count]) => `${names.outcomes[code] ?? code} ${n(count)}`)
      .join(', ') || '-';
  const heading = () => {
    pdf.font('bold', 10).fillColor('#555555').text(`${REPORT_TITLE}  ${data.periodTh}  ${office}`, left, 20, { width, lineBreak: false });
    doc.fillColor('#000000');
    return doc.page.margins.top;
  };

  pdf.font('bold', 16).text(REPORT_TITLE, left, 36, { width, align: 'center' });
  pdf.font('regular', 12).text(`${data.periodTh}  ·  ${office}`, { width, align: 'center' });
  pdf.font('regular', 11).text(
    `รวม ${n(report.total.total)} เรื่อง  ยังไม่ปิด ${n(report.total.open)}  ปิดแล้ว ${n(report.total.closed)}  เกินกำหนด SLA ${n(report.total.slaBreaches)} ครั้ง ใน ${n(report.total.casesWithBreach)} เรื่อง`,
    { width, align: 'center' },
  );

  const summaryColumns: Column[] = [
    { header: 'สถานพยาบาล', width: 270 },
    { header: 'รวม', width: 44, align: 'right' },
    { header: 'ยังไม่ปิด', width: 56, align: 'right' },
    { header: 'ปิดแล้ว', width: 50, align: 'right' },
    { header: 'เกินกำหนด SLA (ครั้ง)', width: 80, align: 'right' },
    { header: 'เรื่องที่เกินกำหนด', width: 92, align: 'right' },
  ];
  summaryColumns.push({ header: 'ผลการดำเนินการ (เรื่องที่ปิด)', inset: 12, width: width - summaryColumns.reduce((w, c) => w + c.width, 0) });
  const figures = (row: ReportRow) => [n(row.total), n(row.open), n(row.closed), n(row.slaBreaches), n(row.casesWithBreach), outcomeWords(row)];

  let y = doc.y + 10;
  pdf.font('bold', 12).text('๑. สรุปรายสถานพยาบาล', left, y, { width });
  y = drawTable(pdf, doc.y + 4, {
    columns: summaryColumns,
    rows: [...report.hospitals.map((row) => [`${names.hospitals[row.key] ?? row.key} (${row.key})`, ...figures(row)]), ['รวมทั้งหมด', ...figures(report.total)]],
    boldRows: new Set([report.hospitals.length]),
    onNewPage: heading,
  });

  // per hospital and topic: one line per pair that has complaints
  const topicRows = report.hospitals.flatMap((row) =>
    Object.entries(row.byTopic)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([topic, count]) => [`${names.hospitals[row.key] ?? row.key} (${row.key})`, topicName(topic), n(count)]),
  );
  const topicTotals = Object.entries(report.total.byTopic).sort(([a], [b]) => a.localeCompare(b));
  y = startSection(y, '๒. รายสถานพยาบาลและประเด็นร้องเรียน');
  y = drawTable(pdf, y, {
    columns: [
      { header: 'สถานพยาบาล', width: 300 },
      { header: 'ประเด็นร้องเรียน', width: width - 380 },
      { header: 'จำนวน (เรื่อง)', width: 80, align: 'right' },
    ],
    rows: [...topicRows, ...topicTotals.map(([topic, count]) => ['รวมทุกสถานพยาบาล', topicName(topic), n(count)])],
    boldRows: new Set(topicTotals.map((_, i) => topicRows.length + i)),
    onNewPage: heading,
  });

  y = startSection(y, '๓. สรุปรายสำนักงานที่รับผิดชอบ');
  drawTable(pdf, y, {
    columns: [{ ...summaryColumns[0]!, header: 'สำนักงาน' }, ...summaryColumns.slice(1)],
    rows: report.offices.map((row) => [`${names.offices[row.key] ?? row.key} (${row.key})`, ...figures(row)]),
    onNewPage: heading,
  });

  // the footer of every page: when the report was made, and page numbers
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    pdf.font('regular', 8).text(`จัดทำโดยระบบเมื่อ ${formatThaiDate(now, { lang: 'th', withTime: true })}  ·  หน้า ${i + 1} / ${range.count}`, left, doc.page.height - 24, { width, align: 'right', lineBreak: false });
  }
  return pdf.finish();

  function startSection(at: number, title: string): number {
    let top = at + 14;
    if (top + 80 > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      top = heading();
    }
    pdf.font('bold', 12).text(title, left, top, { width });
    return doc.y + 4;
  }
}
