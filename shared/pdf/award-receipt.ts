// The receipt of an award entry (สถานพยาบาลในดวงใจ): who entered, for which year, when and how it
// was received (Bangkok time, Buddhist Era), and each document with its size and SHA-256.
import { formatThaiDate } from '../time/bangkok';
import { createThaiDocument } from './thai-document';

export interface AwardReceiptData {
  submissionId: string;
  yearBE: number;
  hospital: { code: string; hcode: string; nameTh: string; provinceNameTh: string };
  channel: 'online' | 'post' | 'email';
  status: 'received' | 'late';
  receivedAt: string;
  postmarkDate?: string;
  receivedDate?: string;
  emailReceivedAt?: string;
  lateReason?: string;
  deadline: string;
  files: Array<{ nameTh: string; size?: number; sha256?: string }>;
}

export const RECEIPT_TITLE = 'ใบรับใบสมัครรางวัลสถานพยาบาลในดวงใจ';

/** How the entry reached SSO, in words. */
export function channelWords(d: Pick<AwardReceiptData, 'channel' | 'postmarkDate' | 'receivedDate' | 'emailReceivedAt'>): string {
  if (d.channel === 'post') {
    const postmark = d.postmarkDate ? ` ประทับตราไปรษณีย์วันที่ ${formatThaiDate(d.postmarkDate, { lang: 'th' })}` : '';
    const received = d.receivedDate ? ` ได้รับวันที่ ${formatThaiDate(d.receivedDate, { lang: 'th' })}` : '';
    return `ทางไปรษณีย์${postmark}${received}`;
  }
  if (d.channel === 'email') return `ทางอีเมล${d.emailReceivedAt ? ` อีเมลถึงเมื่อ ${formatThaiDate(d.emailReceivedAt, { lang: 'th', withTime: true })}` : ''}`;
  return 'ทางออนไลน์ (อัปโหลดผ่านระบบ)';
}

/** 1,234,567 ไบต์ (1.2 MB) */
export const sizeWords = (bytes: number) => `${bytes.toLocaleString('en-US')} ไบต์ (${bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`})`;

export async function renderAwardReceipt(data: AwardReceiptData, now = new Date()): Promise<Buffer> {
  const pdf = createThaiDocument({ title: `${RECEIPT_TITLE} ${data.submissionId}`, createdAt: now });
  const { doc } = pdf;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  pdf.font('bold', 16).text(RECEIPT_TITLE, left, 50, { width, align: 'center' });
  pdf.font('regular', 13).text(`ประจำปี พ.ศ. ${data.yearBE}`, { width, align: 'center' });
  pdf.font('regular', 11).text('สำนักงานประกันสังคม', { width, align: 'center' });
  doc.moveDown(0.8);

  let y = doc.y;
  const row = (label: string, value: string) => {
    pdf.font('regular', 11).text(label, left, y, { width: 140, lineBreak: false });
    pdf.font('bold', 11).text(pdf.wrap(value, width - 140), left + 140, y, { width: width - 140 });
    y = Math.max(doc.y + 4, y + 18);
  };
  row('เลขที่ใบสมัคร', data.submissionId);
  row('สถานพยาบาล', data.hospital.nameTh);
  row('รหัสสถานพยาบาล', `${data.hospital.code}  (รหัสหน่วยบริการ ${data.hospital.hcode})  จังหวัด${data.hospital.provinceNameTh}`);
  row('ปีที่สมัคร', `พ.ศ. ${data.yearBE}  (ปิดรับ ${formatThaiDate(data.deadline, { lang: 'th' })})`);
  row('รับเมื่อ', `${formatThaiDate(data.receivedAt, { lang: 'th', withTime: true })} (เวลากรุงเทพฯ)`);
  row('ช่องทาง', channelWords(data));
  row('สถานะ', data.status === 'late' ? `ได้รับหลังกำหนด${data.lateReason ? ` (${data.lateReason})` : ''}` : 'ได้รับภายในกำหนด');

  y += 8;
  pdf.font('bold', 12).text('เอกสารที่ได้รับ', left, y, { width });
  y = doc.y + 4;
  data.files.forEach((file, i) => {
    doc.lineWidth(0.5).moveTo(left, y).lineTo(left + width, y).stroke('#999999');
    y += 5;
    pdf.font('bold', 11).text(`${i + 1}. ${file.nameTh}`, left, y, { width: width / 2, lineBreak: false });
    pdf.font('regular', 11).text(file.size !== undefined ? `ขนาด ${sizeWords(file.size)}` : 'ขนาด -', left + width / 2, y, { width: width / 2, align: 'right' });
    y = doc.y + 2;
    pdf.font('regular', 9).text(`SHA-256 ${file.sha256 ?? '(ยังไม่ได้ตรวจสอบ)'}`, left + 14, y, { width: width - 14, lineBreak: false });
    y = doc.y + 6;
  });
  doc.lineWidth(0.5).moveTo(left, y).lineTo(left + width, y).stroke('#999999');

  y += 14;
  pdf.font('regular', 10).fillColor('#333333').text(
    pdf.wrap('ใบรับนี้ออกโดยระบบจากข้อมูลที่บันทึกไว้ ค่า SHA-256 ใช้ตรวจว่าไฟล์ที่ส่งตรงกับไฟล์ที่ได้รับทุกไบต์ ใบสมัครที่ได้รับหลังกำหนดจะเก็บไว้และบันทึกว่าได้รับหลังกำหนด', width),
    left,
    y,
    { width },
  );
  doc.fillColor('#000000');
  doc.page.margins.bottom = 0; // the footer sits in the margin, on this page
  pdf.font('regular', 8).text(`ออกใบรับเมื่อ ${formatThaiDate(now, { lang: 'th', withTime: true })}  ·  ${data.submissionId}`, left, doc.page.height - 40, { width, align: 'right', lineBreak: false });
  return pdf.finish();
}
