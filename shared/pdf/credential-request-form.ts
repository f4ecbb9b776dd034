// The credential request form (แบบขอใช้บริการระบบตรวจสอบการใช้สิทธิรักษาพยาบาล, seed 002) filled in
// from a request: every field, the request id as text and QR code, the director's signature block.
import type { Purpose } from '../schemas/credentials';
import { formatThaiDate } from '../time/bangkok';
import { createThaiDocument, drawQrCode } from './thai-document';

export interface FormHospital {
  code: string;
  hcode: string;
  nameTh: string;
  provinceNameTh: string;
}

export interface CredentialRequestFormData {
  requestId: string;
  createdAt: string;
  nationalId: string;
  title: string;
  firstNameTh: string;
  lastNameTh: string;
  firstNameEn: string;
  lastNameEn: string;
  position: string;
  purpose: Purpose;
  userId?: string;
  phone: string;
  email: string;
  /** The main contractor, whose director signs. */
  hospital: FormHospital;
  networkHospital?: FormHospital;
}

export const PURPOSE_WORDS: Record<Purpose, string> = {
  new: 'ขอมี User-ID ใหม่',
  reuse: 'ขอใช้ User-ID เดิม กรณีถูกยกเลิกเนื่องจากไม่เข้าใช้งานเกิน ๖ เดือน',
  cancel: 'ขอยกเลิก User-ID',
};

/** 1-1017-00230-70-8, as the form's boxes group the 13 digits. */
export const formatNationalId = (id: string) => `${id.slice(0, 1)}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id.slice(12)}`;

export const FORM_TITLE = 'แบบขอใช้บริการระบบตรวจสอบการใช้สิทธิรักษาพยาบาล';

export async function renderCredentialRequestForm(data: CredentialRequestFormData, now = new Date()): Promise<Buffer> {
  const pdf = createThaiDocument({ title: `${FORM_TITLE} ${data.requestId}`, createdAt: now });
  const { doc } = pdf;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const qrSize = 84;

  // heading, with the request id as a QR code at the top right
  drawQrCode(doc, data.requestId, left + width - qrSize, 40, qrSize);
  pdf.font('regular', 9).text(data.requestId, left + width - qrSize - 20, 40 + qrSize, { width: qrSize + 20, align: 'center' });
  pdf.font('bold', 15).text(FORM_TITLE, left, 50, { width: width - qrSize - 10 });
  pdf.font('regular', 12).text('สำนักงานประกันสังคม  สำนักจัดระบบบริการทางการแพทย์', { width: width - qrSize - 10 });
  pdf.font('regular', 12).text(`เลขที่คำขอ ${data.requestId}   ยื่นเมื่อ ${formatThaiDate(data.createdAt, { lang: 'th', withTime: true })}`, { width: width - qrSize - 10 });

  let y = 136;
  const row = (label: string, value: string, x = left, labelWidth = 150, valueWidth = width - labelWidth) => {
    pdf.font('regular', 11).text(label, x, y, { width: labelWidth, lineBreak: false });
    pdf.font('bold', 11).text(pdf.wrap(value, valueWidth), x + labelWidth, y, { width: valueWidth });
    doc.moveTo(x + labelWidth, doc.y - 1).lineTo(x + labelWidth + valueWidth, doc.y - 1).lineWidth(0.3).dash(1, { space: 1.5 }).stroke().undash();
    y = Math.max(doc.y + 3, y + 17);
  };
  const section = (title: string) => {
    y += 3;
    pdf.font('bold', 12).text(title, left, y, { width });
    y = doc.y + 2;
  };

  section('๑. เลขประจำตัวประชาชน');
  row('เลขประจำตัวประชาชน', formatNationalId(data.nationalId));
  section('๒. ผู้ขอใช้บริการ');
  row('ชื่อ - นามสกุล (ไทย)', `${data.title}${data.firstNameTh} ${data.lastNameTh}`);
  row('Name - Surname', `${data.firstNameEn} ${data.lastNameEn}`);
  row('ตำแหน่ง', data.position);
  section('๓. สถานพยาบาล (สถานพยาบาลหลัก)');
  hospitalRows(data.hospital);
  section('๔. สถานพยาบาลเครือข่าย');
  if (data.networkHospital) hospitalRows(data.networkHospital);
  else row('ชื่อสถานพยาบาลเครือข่าย', '- (ขอสำหรับสถานพยาบาลหลัก)');
  section('๕. วัตถุประสงค์');
  for (const purpose of ['new', 'reuse', 'cancel'] as const) {
    const chosen = purpose === data.purpose;
    doc.lineWidth(0.8).rect(left + 10, y + 3, 10, 10).stroke();
    if (chosen) doc.lineWidth(1.6).moveTo(left + 12, y + 8).lineTo(left + 15, y + 11.5).lineTo(left + 19, y + 4).stroke();
    const userId = chosen && data.userId ? `  (ระบุ User-ID) ${data.userId}` : purpose === 'new' ? '' : '  (ระบุ User-ID) ..................';
    pdf.font(chosen ? 'bold' : 'regular', 11).text(pdf.wrap(`${PURPOSE_WORDS[purpose]}${userId}`, width - 28), left + 28, y, { width: width - 28 });
    y = doc.y + 2;
  }
  section('๖. การติดต่อ');
  row('หมายเลขโทรศัพท์', data.phone);
  row('E-mail Address', data.email);
  pdf.font('regular', 10).text(pdf.wrap('(ไม่อนุญาตให้ใช้ Yahoo.com หรือ Yahoo.co.th)  สำนักงานประกันสังคมจะแจ้งผลทาง e-mail ของผู้ขอเท่านั้น', width), left, y - 2, { width });

  // the director's signature block
  y = doc.y + 18;
  const sx = left + width / 2;
  const sw = width / 2;
  pdf.font('regular', 11);
  doc.text('ลงชื่อ ..................................................................', sx, y, { width: sw, align: 'center' });
  doc.text('( .............................................................. )', sx, y + 24, { width: sw, align: 'center' });
  doc.text('ตำแหน่ง ผู้อำนวยการสถานพยาบาลหลัก', sx, y + 46, { width: sw, align: 'center' });
  doc.text(pdf.wrap(data.hospital.nameTh, sw), sx, y + 64, { width: sw, align: 'center' });
  doc.text('วันที่ ........ / ........................ / ............', sx, y + 84, { width: sw, align: 'center' });

  // what to do with it
  const boxY = y + 112;
  pdf.font('bold', 12).text('ขั้นตอนต่อไป', left + 10, boxY + 6, { width: width - 20 });
  pdf.font('regular', 11);
  doc.text(
    pdf.wrap(
      [
        '๑. พิมพ์แบบฟอร์มนี้ แล้วให้ผู้อำนวยการสถานพยาบาลหลัก (Main contractor) ลงนาม',
        '๒. สแกนแบบฟอร์มที่ลงนามแล้วเป็นไฟล์ PDF',
        // the request id is above (and in the QR code): here its width would decide the line breaks, and a wide one pushed the form onto a second page
        '๓. อัปโหลดไฟล์ที่หน้าคำขอนี้ (เลขที่คำขอด้านบน) แล้วกดส่งคำขอ (สถานพยาบาลเครือข่ายขอผ่านสถานพยาบาลหลัก)',
        '๔. User-ID ที่ไม่ได้เข้าใช้งานติดต่อกัน ๖ เดือน อาจถูกยกเลิกโดยไม่แจ้งล่วงหน้า',
      ].join('\n'),
      width - 20,
    ),
    { width: width - 20 },
  );
  doc.lineWidth(0.8).roundedRect(left, boxY, width, doc.y - boxY + 6, 6).stroke();
  doc.page.margins.bottom = 0; // the footer sits in the margin, on this page
  pdf.font('regular', 8).text(`สร้างโดยระบบเมื่อ ${formatThaiDate(now, { lang: 'th', withTime: true })}  ·  ${data.requestId}`, left, doc.page.height - 40, { width, align: 'right', lineBreak: false });
  return pdf.finish();

  function hospitalRows(h: FormHospital) {
    row('ชื่อสถานพยาบาล', h.nameTh);
    row('จังหวัด', h.provinceNameTh);
    row('รหัส ๗ หลัก', h.code);
    row('รหัส ๕ หลัก (รหัสหน่วยงานบริการสุขภาพ)', h.hcode, left, 210, width - 210);
  }
}
