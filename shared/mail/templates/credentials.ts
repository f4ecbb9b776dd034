// E-mails of the credential-request process (Thai first, English below).
import { formatThaiDate } from '../../time/bangkok';
import { maskNationalId } from '../../domain/national-id';
import type { CredentialRequest } from '../../data/credential-requests-repository';
import { renderMail, type MailContent } from '../layout';

const PURPOSE = {
  new: { th: 'ขอรหัสผู้ใช้ใหม่', en: 'new user id' },
  reuse: { th: 'ขอใช้รหัสผู้ใช้เดิม', en: 'reuse an old user id' },
  cancel: { th: 'ขอยกเลิกรหัสผู้ใช้', en: 'cancel a user id' },
} as const;

export function staffNewRequestMail(r: CredentialRequest, hospitalName: string, consoleUrl: string): MailContent {
  const purpose = PURPOSE[r.purpose];
  return renderMail({
    th: {
      subject: `คำขอใช้บริการระบบตรวจสอบสิทธิ (${purpose.th}) ${r.requestId}`,
      paragraphs: [
        `มีคำขอใช้บริการระบบตรวจสอบการใช้สิทธิรักษาพยาบาลยื่นเข้ามาใหม่ เลขที่ ${r.requestId}`,
        `ประเภทคำขอ: ${purpose.th}${r.userId ? ` (รหัสผู้ใช้ ${r.userId})` : ''}`,
        `สถานพยาบาล: ${hospitalName} (รหัส ${r.hospitalCode})${r.networkHospitalCode ? ` สถานพยาบาลเครือข่ายรหัส ${r.networkHospitalCode}` : ''}`,
        `ผู้ขอ: ${r.title}${r.firstNameTh} ${r.lastNameTh} ตำแหน่ง ${r.position}`,
        `เลขประจำตัวประชาชน: ${maskNationalId(r.nationalId)}`,
        `ยื่นเมื่อ: ${formatThaiDate(new Date(r.submittedAt ?? r.createdAt), { lang: 'th', withTime: true })}`,
      ],
    },
    en: {
      subject: `Entitlement-check credential request (${purpose.en}) ${r.requestId}`,
      paragraphs: [
        `A new credential request ${r.requestId} was submitted: ${purpose.en}${r.userId ? ` (user id ${r.userId})` : ''}.`,
        `Hospital: ${hospitalName} (${r.hospitalCode}). Requester: ${r.firstNameEn} ${r.lastNameEn}, ${r.position}. National ID: ${maskNationalId(r.nationalId)}.`,
      ],
    },
    link: { href: consoleUrl, th: 'เปิดคำขอในระบบงานเจ้าหน้าที่', en: 'Open the request in the staff console' },
  });
}

export function requesterAckMail(r: CredentialRequest, statusUrl: string): MailContent {
  return renderMail({
    th: {
      subject: `ได้รับคำขอใช้บริการระบบตรวจสอบสิทธิแล้ว เลขที่ ${r.requestId}`,
      paragraphs: [
        `เรียน ${r.title}${r.firstNameTh} ${r.lastNameTh}`,
        `สำนักงานประกันสังคมได้รับคำขอ (${PURPOSE[r.purpose].th}) เลขที่ ${r.requestId} แล้ว เมื่อพิจารณาเสร็จ จะแจ้งผลทางอีเมลนี้`,
      ],
    },
    en: {
      subject: `Credential request ${r.requestId} received`,
      paragraphs: [`Dear ${r.firstNameEn} ${r.lastNameEn},`, `SSO received your request (${PURPOSE[r.purpose].en}) ${r.requestId}. The result will come to this address.`],
    },
    link: { href: statusUrl, th: 'ติดตามสถานะคำขอ', en: 'Follow the request' },
  });
}

export function approvedMail(r: CredentialRequest, userId: string, activation?: { url: string; expiresAt: string }): MailContent {
  const until = activation ? formatThaiDate(new Date(activation.expiresAt), { lang: 'th', withTime: true }) : '';
  const untilEn = activation ? formatThaiDate(new Date(activation.expiresAt), { lang: 'en', withTime: true }) : '';
  const th =
    r.purpose === 'cancel'
      ? [`คำขอยกเลิกรหัสผู้ใช้ ${userId} ได้รับการอนุมัติแล้ว รหัสผู้ใช้นี้ไม่สามารถเข้าสู่ระบบได้อีก`]
      : [
          `คำขอเลขที่ ${r.requestId} ได้รับการอนุมัติแล้ว รหัสผู้ใช้ของท่านคือ ${userId}`,
          `กรุณาตั้งรหัสผ่านผ่านลิงก์ด้านล่างภายใน ${until} (ใช้ได้ครั้งเดียว) ระบบจะไม่ส่งรหัสผ่านทางอีเมล`,
          'รหัสผู้ใช้ที่ไม่ได้เข้าใช้งานติดต่อกัน 6 เดือน อาจถูกยกเลิกโดยไม่แจ้งให้ทราบล่วงหน้า',
        ];
  const en =
    r.purpose === 'cancel'
      ? [`The cancellation of user id ${userId} was approved; it can no longer sign in.`]
      : [
          `Request ${r.requestId} was approved. Your user id is ${userId}.`,
          `Set your password with the link below before ${untilEn} (single use). No password is ever sent by e-mail.`,
          'A user id unused for 6 consecutive months may be revoked without notice.',
        ];
  return renderMail({
    th: { subject: `ผลการพิจารณาคำขอ ${r.requestId}: อนุมัติ`, paragraphs: [`เรียน ${r.title}${r.firstNameTh} ${r.lastNameTh}`, ...th] },
    en: { subject: `Request ${r.requestId}: approved`, paragraphs: [`Dear ${r.firstNameEn} ${r.lastNameEn},`, ...en] },
    ...(activation ? { link: { href: activation.url, th: 'ตั้งรหัสผ่านและเปิดใช้งาน', en: 'Set your password and activate' } } : {}),
  });
}

export function rejectedMail(r: CredentialRequest, reason: string): MailContent {
  return renderMail({
    th: {
      subject: `ผลการพิจารณาคำขอ ${r.requestId}: ไม่อนุมัติ`,
      paragraphs: [`เรียน ${r.title}${r.firstNameTh} ${r.lastNameTh}`, `คำขอเลขที่ ${r.requestId} ไม่ได้รับการอนุมัติ เหตุผล: ${reason}`, 'ท่านสามารถยื่นคำขอใหม่ผ่านสถานพยาบาลคู่สัญญาหลักได้'],
    },
    en: {
      subject: `Request ${r.requestId}: not approved`,
      paragraphs: [`Dear ${r.firstNameEn} ${r.lastNameEn},`, `Request ${r.requestId} was not approved. Reason: ${reason}`, 'You may file a new request through your main contractor hospital.'],
    },
  });
}
