// Each printable document holds the data it was drawn from, in Thai that copies back as the data,
// on A4, with its fonts embedded, in well under 1 MB and a fraction of a second.
import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../../shared/domain/complaint-report';
import { renderAwardReceipt, type AwardReceiptData } from '../../../shared/pdf/award-receipt';
import { renderComplaintReport, type ComplaintReportPdfData } from '../../../shared/pdf/complaint-report';
import { renderCredentialRequestForm, type CredentialRequestFormData } from '../../../shared/pdf/credential-request-form';
import { A4 } from '../../../shared/pdf/thai-document';
import { readPdf, type PdfFacts } from '../../support/pdf';

const NOW = new Date('2026-12-02T09:30:00Z');
const MAX_BYTES = 1024 * 1024;

const aFormRequest = (overrides: Partial<CredentialRequestFormData> = {}): CredentialRequestFormData => ({
  requestId: 'CR-01JD8Z5K2M4N6P7Q',
  createdAt: '2026-12-02T03:15:00.000Z',
  nationalId: '1101700230708',
  title: 'นางสาว',
  firstNameTh: 'ศรีสุดา',
  lastNameTh: 'เพ็ญศิริกุล',
  firstNameEn: 'Srisuda',
  lastNameEn: 'Pensirikul',
  position: 'นักวิชาการเวชสถิติชำนาญการ',
  purpose: 'reuse',
  userId: 'H1000001-ABCD',
  phone: '0812345678',
  email: 'srisuda@hospital.example',
  hospital: { code: '1000001', hcode: '10001', nameTh: 'โรงพยาบาลตัวอย่างกรุงเทพมหานคร', provinceNameTh: 'กรุงเทพมหานคร' },
  networkHospital: { code: '2000002', hcode: '20002', nameTh: 'คลินิกเวชกรรมสำนักงานน้ำใจ', provinceNameTh: 'นนทบุรี' },
  ...overrides,
});

const aReceipt = (overrides: Partial<AwardReceiptData> = {}): AwardReceiptData => ({
  submissionId: 'AW-2570-1000001',
  yearBE: 2570,
  hospital: { code: '1000001', hcode: '10001', nameTh: 'โรงพยาบาลศรีสุดาเวชการ กรุงเทพมหานคร', provinceNameTh: 'กรุงเทพมหานคร' },
  channel: 'online',
  status: 'received',
  receivedAt: '2027-07-10T16:59:30.000Z', // 23:59:30 in Bangkok, the last minute of the deadline day
  deadline: '2027-07-10',
  files: [
    { nameTh: 'ใบสมัคร', size: 482_113, sha256: 'a'.repeat(32) + '0123456789abcdef'.repeat(2) },
    { nameTh: 'แบบประเมินตนเอง', size: 2_315_006, sha256: 'f'.repeat(64) },
  ],
  ...overrides,
});

const row = (key: string, figures: Partial<ReportRow>): ReportRow => ({ key, total: 0, open: 0, closed: 0, byTopic: {}, byOutcome: {}, slaBreaches: 0, casesWithBreach: 0, ...figures });

const aReport = (): ComplaintReportPdfData => ({
  periodTh: 'เดือนพฤศจิกายน 2569',
  report: {
    hospitals: [
      row('1000001', { total: 3, open: 1, closed: 2, byTopic: { 'extra-charges': 2, 'waiting-time': 1 }, byOutcome: { resolved: 1, mediated: 1 }, slaBreaches: 2, casesWithBreach: 1 }),
      row('1000002', { total: 1, open: 1, byTopic: { 'staff-conduct': 1 } }),
    ],
    offices: [row('BKK-01', { total: 4, open: 2, closed: 2, byTopic: { 'extra-charges': 2, 'waiting-time': 1, 'staff-conduct': 1 }, byOutcome: { resolved: 1, mediated: 1 }, slaBreaches: 2, casesWithBreach: 1 })],
    total: row('total', { total: 4, open: 2, closed: 2, byTopic: { 'extra-charges': 2, 'waiting-time': 1, 'staff-conduct': 1 }, byOutcome: { resolved: 1, mediated: 1 }, slaBreaches: 2, casesWithBreach: 1 }),
  },
  names: {
    hospitals: { '1000001': 'โรงพยาบาลสำนักงานน้ำใจ', '1000002': 'โรงพยาบาลกรุงเทพมหานครเพ็ญศิริ' },
    offices: { 'BKK-01': 'สำนักงานประกันสังคมกรุงเทพมหานครพื้นที่ 1' },
    topics: { 'extra-charges': 'เรียกเก็บค่าใช้จ่ายเพิ่ม', 'waiting-time': 'ระยะเวลารอคอย', 'staff-conduct': 'พฤติกรรมการให้บริการของบุคลากร' },
    outcomes: { resolved: 'แก้ไขแล้ว', mediated: 'ไกล่เกลี่ยแล้ว' },
  },
});

async function timed(render: () => Promise<Buffer>): Promise<{ bytes: Buffer; ms: number; pdf: PdfFacts }> {
  const started = performance.now();
  const bytes = await render();
  const ms = performance.now() - started;
  return { bytes, ms, pdf: await readPdf(bytes) };
}

/** The text with every run of white space (a wrapped line too) as one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

function expectSound({ bytes, pdf }: { bytes: Buffer; pdf: PdfFacts }, layout: 'portrait' | 'landscape') {
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(bytes.length).toBeLessThan(MAX_BYTES);
  for (const page of pdf.pages) expect(layout === 'portrait' ? [page.width, page.height] : [page.height, page.width]).toEqual([A4.width, A4.height]);
  for (const font of pdf.fonts) expect(font).toMatchObject({ embedded: true, subset: true });
  expect(pdf.fonts.map((f) => f.name).join()).not.toMatch(/Helvetica|Times|Courier/);
}

describe('the credential request form', () => {
  it('stays on one page whatever the width of its request id (a wide one used to push it onto two)', async () => {
    for (const requestId of ['CR-M9FKCWWDM9GR6F0H', 'CR-WWWWWWWWWWWWWWWW', 'CR-1111111111111111']) {
      const { pages } = await readPdf(await renderCredentialRequestForm(aFormRequest({ requestId, purpose: 'new', userId: undefined }), NOW));
      expect(pages, requestId).toHaveLength(1);
    }
  });

  it('holds every field of the request, the hospitals in Thai, the purpose in words and the signature block, on one A4 page', async () => {
    const result = await timed(() => renderCredentialRequestForm(aFormRequest(), NOW));
    expectSound(result, 'portrait');
    const { pages } = result.pdf;
    const text = squash(result.pdf.text);
    expect(pages).toHaveLength(1);
    for (const expected of [
      'แบบขอใช้บริการระบบตรวจสอบการใช้สิทธิรักษาพยาบาล',
      'CR-01JD8Z5K2M4N6P7Q',
      '1-1017-00230-70-8',
      'นางสาวศรีสุดา เพ็ญศิริกุล',
      'Srisuda Pensirikul',
      'นักวิชาการเวชสถิติชำนาญการ',
      'โรงพยาบาลตัวอย่างกรุงเทพมหานคร',
      'จังหวัด กรุงเทพมหานคร',
      'รหัส ๗ หลัก 1000001',
      '(รหัสหน่วยงานบริการสุขภาพ) 10001',
      'คลินิกเวชกรรมสำนักงานน้ำใจ',
      'นนทบุรี',
      '2000002',
      'ขอใช้ User-ID เดิม กรณีถูกยกเลิกเนื่องจากไม่เข้าใช้งานเกิน ๖ เดือน (ระบุ User-ID) H1000001-ABCD',
      'หมายเลขโทรศัพท์ 0812345678',
      'srisuda@hospital.example',
      'ลงชื่อ',
      'ตำแหน่ง ผู้อำนวยการสถานพยาบาลหลัก',
      'วันที่',
      'สแกนแบบฟอร์มที่ลงนามแล้วเป็นไฟล์ PDF',
      'อัปโหลดไฟล์ที่หน้าคำขอนี้ (เลขที่คำขอด้านบน)',
      'ยื่นเมื่อ 2 ธันวาคม 2569 10:15 น.',
    ]) expect(text).toContain(expected);
    console.info(`request form: ${result.bytes.length} bytes, ${result.ms.toFixed(0)} ms`);
  });

  it('says a main contractor asks for itself when there is no network hospital', async () => {
    const { networkHospital: _none, ...own } = aFormRequest({ purpose: 'new' });
    const { pdf } = await timed(() => renderCredentialRequestForm({ ...own, purpose: 'new' }, NOW));
    expect(pdf.text).toContain('(ขอสำหรับสถานพยาบาลหลัก)');
    expect(pdf.text).toContain('ขอมี User-ID ใหม่');
  });
});

describe('the award receipt', () => {
  it('holds the hospital, the year, the received time in BE (Bangkok) and each file with its size and SHA-256', async () => {
    const data = aReceipt();
    const result = await timed(() => renderAwardReceipt(data, NOW));
    expectSound(result, 'portrait');
    const text = squash(result.pdf.text);
    for (const expected of [
      'ใบรับใบสมัครรางวัลสถานพยาบาลในดวงใจ',
      'ประจำปี พ.ศ. 2570',
      'AW-2570-1000001',
      'โรงพยาบาลศรีสุดาเวชการ กรุงเทพมหานคร',
      'รับเมื่อ 10 กรกฎาคม 2570 23:59 น. (เวลากรุงเทพฯ)',
      'ทางออนไลน์ (อัปโหลดผ่านระบบ)',
      'ได้รับภายในกำหนด',
      '1. ใบสมัคร',
      'ขนาด 482,113 ไบต์',
      `SHA-256 ${data.files[0]!.sha256}`,
      '2. แบบประเมินตนเอง',
      'ขนาด 2,315,006 ไบต์',
      `SHA-256 ${'f'.repeat(64)}`,
    ]) expect(text).toContain(expected);
    console.info(`award receipt: ${result.bytes.length} bytes, ${result.ms.toFixed(0)} ms`);
  });

  it('tells a postal entry by its postmark, an e-mail one by its arrival, and a late one with why', async () => {
    const postal = await timed(() => renderAwardReceipt(aReceipt({ channel: 'post', postmarkDate: '2027-07-10', receivedDate: '2027-07-14', receivedAt: '2027-07-14T03:00:00.000Z' }), NOW));
    expect(squash(postal.pdf.text)).toContain('ทางไปรษณีย์ ประทับตราไปรษณีย์วันที่ 10 กรกฎาคม 2570 ได้รับวันที่ 14 กรกฎาคม 2570');
    const email = await timed(() =>
      renderAwardReceipt(aReceipt({ channel: 'email', emailReceivedAt: '2027-07-11T01:05:00.000Z', receivedAt: '2027-07-11T01:05:00.000Z', status: 'late', lateReason: 'อีเมลถึงหลังวันปิดรับ' }), NOW),
    );
    expect(squash(email.pdf.text)).toContain('ทางอีเมล อีเมลถึงเมื่อ 11 กรกฎาคม 2570 08:05 น.');
    expect(squash(email.pdf.text)).toContain('ได้รับหลังกำหนด (อีเมลถึงหลังวันปิดรับ)');
  });
});

describe('the complaint report', () => {
  it('holds the figures per hospital, per hospital and topic and per office, with Thai names and totals, on A4 landscape', async () => {
    const result = await timed(() => renderComplaintReport(aReport(), NOW));
    expectSound(result, 'landscape');
    const lines = result.pdf.text.split('\n');
    const line = (start: string) => lines.find((l) => l.startsWith(start));
    expect(result.pdf.text).toContain('รายงานเรื่องร้องเรียนสถานพยาบาล');
    expect(result.pdf.text).toContain('เดือนพฤศจิกายน 2569');
    expect(line('โรงพยาบาลสำนักงานน้ำใจ (1000001)')).toMatch(/ 3 1 2 2 1 ไกล่เกลี่ยแล้ว 1, แก้ไขแล้ว 1$/);
    expect(line('โรงพยาบาลกรุงเทพมหานครเพ็ญศิริ (1000002)')).toMatch(/ 1 1 0 0 0 -$/);
    expect(line('รวมทั้งหมด')).toMatch(/ 4 2 2 2 1 /);
    expect(lines).toContain('โรงพยาบาลสำนักงานน้ำใจ (1000001) เรียกเก็บค่าใช้จ่ายเพิ่ม 2');
    expect(lines).toContain('โรงพยาบาลสำนักงานน้ำใจ (1000001) ระยะเวลารอคอย 1');
    expect(lines).toContain('โรงพยาบาลกรุงเทพมหานครเพ็ญศิริ (1000002) พฤติกรรมการให้บริการของบุคลากร 1');
    expect(lines).toContain('รวมทุกสถานพยาบาล เรียกเก็บค่าใช้จ่ายเพิ่ม 2');
    expect(line('สำนักงานประกันสังคมกรุงเทพมหานครพื้นที่ 1 (BKK-01)')).toMatch(/ 4 2 2 2 1 /);
    console.info(`complaint report: ${result.bytes.length} bytes, ${result.ms.toFixed(0)} ms`);
  });

  it('continues on more pages, each with the table header, when there are many hospitals', async () => {
    const data = aReport();
    data.report.hospitals = Array.from({ length: 120 }, (_, i) => row(String(1000001 + i), { total: 1, open: 1, byTopic: { 'waiting-time': 1 } }));
    const result = await timed(() => renderComplaintReport(data, NOW));
    expectSound(result, 'landscape');
    expect(result.pdf.pages.length).toBeGreaterThan(2);
    for (const page of result.pdf.pages) expect(page.text).toContain('สถานพยาบาล');
    expect(result.pdf.pages.at(-1)!.text).toContain(`หน้า ${result.pdf.pages.length} / ${result.pdf.pages.length}`);
    console.info(`complaint report, 120 hospitals: ${result.bytes.length} bytes, ${result.pdf.pages.length} pages, ${result.ms.toFixed(0)} ms`);
  });
});
