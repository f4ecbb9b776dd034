// Draws each printable document from sample data into docs/images/ (PDF, then PNG with poppler's
// pdftoppm when it is installed: `apt-get install poppler-utils`), for the README.
//   npx tsx scripts/render-document-samples.ts
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { renderAwardReceipt } from '../shared/pdf/award-receipt';
import { renderComplaintReport } from '../shared/pdf/complaint-report';
import { renderCredentialRequestForm } from '../shared/pdf/credential-request-form';
import type { ReportRow } from '../shared/domain/complaint-report';

const out = new URL('../docs/images/', import.meta.url).pathname;
const now = new Date('2026-12-02T09:30:00Z');
const row = (key: string, figures: Partial<ReportRow>): ReportRow => ({ key, total: 0, open: 0, closed: 0, byTopic: {}, byOutcome: {}, slaBreaches: 0, casesWithBreach: 0, ...figures });

const documents: Record<string, () => Promise<Buffer>> = {
  'document-request-form': () =>
    renderCredentialRequestForm(
      {
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
        hospital: { code: '1000001', hcode: '10001', nameTh: 'โรงพยาบาลตัวอย่างกรุงเทพมหานคร (ข้อมูลตัวอย่าง)', provinceNameTh: 'กรุงเทพมหานคร' },
        networkHospital: { code: '1000101', hcode: '10101', nameTh: 'คลินิกเวชกรรมสำนักงานน้ำใจ (ข้อมูลตัวอย่าง)', provinceNameTh: 'นนทบุรี' },
      },
      now,
    ),
  'document-award-receipt': () =>
    renderAwardReceipt(
      {
        submissionId: 'AW-2570-1000001',
        yearBE: 2570,
        hospital: { code: '1000001', hcode: '10001', nameTh: 'โรงพยาบาลตัวอย่างกรุงเทพมหานคร (ข้อมูลตัวอย่าง)', provinceNameTh: 'กรุงเทพมหานคร' },
        channel: 'post',
        status: 'received',
        postmarkDate: '2027-07-10',
        receivedDate: '2027-07-14',
        receivedAt: '2027-07-14T03:20:00.000Z',
        deadline: '2027-07-10',
        files: [
          { nameTh: 'ใบสมัคร', size: 482_113, sha256: '9f2c4e1a7b3d58e06c1f4a2b9d7e3c5a1f0b8d6e4c2a9f7b5d3e1c0a8f6b4d2e' },
          { nameTh: 'แบบประเมินตนเอง', size: 2_315_006, sha256: '04ab7e9c1d3f5a7b9c2e4f6a8b0d1c3e5f7a9b2c4d6e8f0a1b3c5d7e9f2a4b6c' },
        ],
      },
      now,
    ),
  'document-complaint-report': () =>
    renderComplaintReport(
      {
        periodTh: 'เดือนพฤศจิกายน 2569',
        officeCode: 'BKK-01',
        report: {
          hospitals: [
            row('1000001', { total: 5, open: 2, closed: 3, byTopic: { 'extra-charges': 2, 'waiting-time': 2, 'staff-conduct': 1 }, byOutcome: { resolved: 2, mediated: 1 }, slaBreaches: 2, casesWithBreach: 1 }),
            row('1000002', { total: 2, open: 1, closed: 1, byTopic: { 'refused-entitlement': 2 }, byOutcome: { referred: 1 } }),
            row('1000101', { total: 1, open: 1, byTopic: { medicines: 1 } }),
          ],
          offices: [row('BKK-01', { total: 8, open: 4, closed: 4, byTopic: {}, byOutcome: { resolved: 2, mediated: 1, referred: 1 }, slaBreaches: 2, casesWithBreach: 1 })],
          total: row('total', { total: 8, open: 4, closed: 4, byTopic: { 'extra-charges': 2, 'waiting-time': 2, 'staff-conduct': 1, 'refused-entitlement': 2, medicines: 1 }, byOutcome: { resolved: 2, mediated: 1, referred: 1 }, slaBreaches: 2, casesWithBreach: 1 }),
        },
        names: {
          hospitals: { '1000001': 'โรงพยาบาลตัวอย่างกรุงเทพมหานคร', '1000002': 'โรงพยาบาลศรีสุดาเวชการ', '1000101': 'คลินิกเวชกรรมสำนักงานน้ำใจ' },
          offices: { 'BKK-01': 'สำนักงานประกันสังคมกรุงเทพมหานครพื้นที่ 1' },
          topics: { 'extra-charges': 'เรียกเก็บค่าใช้จ่ายเพิ่ม', 'waiting-time': 'ระยะเวลารอคอย', 'staff-conduct': 'พฤติกรรมการให้บริการของบุคลากร', 'refused-entitlement': 'ไม่ให้ใช้สิทธิประกันสังคม / ปฏิเสธการรักษา', medicines: 'ยาและเวชภัณฑ์' },
          outcomes: { resolved: 'แก้ไขแล้ว', mediated: 'ไกล่เกลี่ยแล้ว', referred: 'ส่งต่อหน่วยงานอื่น' },
        },
      },
      now,
    ),
};

for (const [name, render] of Object.entries(documents)) {
  const started = performance.now();
  const pdf = await render();
  const ms = performance.now() - started;
  writeFileSync(`${out}${name}.pdf`, pdf);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', `${out}${name}.pdf`, `${out}${name}`]);
  } catch {
    console.warn('pdftoppm not found: PDFs only (apt-get install poppler-utils)');
  }
  console.log(`${name}: ${pdf.length} bytes, ${ms.toFixed(0)} ms`);
}
