// E-mails of the inactivity rule: warnings before an id falls due, and the revocation notice.
import { formatThaiDate } from '../../time/bangkok';
import { renderMail, type MailContent } from '../layout';

export function inactivityWarningMail(userId: string, revocableFrom: Date, daysBefore: 30 | 7, loginUrl: string): MailContent {
  return renderMail({
    th: {
      subject: `รหัสผู้ใช้ ${userId} จะถูกยกเลิกในอีก ${daysBefore} วัน หากไม่เข้าใช้งาน`,
      paragraphs: [
        `รหัสผู้ใช้ระบบตรวจสอบสิทธิการรักษาพยาบาล ${userId} ไม่ได้เข้าใช้งานมาเกือบ 6 เดือน`,
        `หากไม่เข้าสู่ระบบก่อน ${formatThaiDate(revocableFrom, { lang: 'th', withTime: true })} รหัสผู้ใช้นี้จะถูกยกเลิก`,
        'หากไม่ต้องการใช้งานแล้ว กรุณายื่นคำขอยกเลิกรหัสผู้ใช้ผ่านสถานพยาบาลคู่สัญญาหลัก',
      ],
    },
    en: {
      subject: `User id ${userId} will be revoked in ${daysBefore} days unless used`,
      paragraphs: [
        `Entitlement-check user id ${userId} has not signed in for almost 6 months.`,
        `Unless it signs in before ${formatThaiDate(revocableFrom, { lang: 'en', withTime: true })}, it will be revoked.`,
        'If you no longer need it, please ask your main contractor hospital to request its cancellation.',
      ],
    },
    link: { href: loginUrl, th: 'เข้าสู่ระบบ', en: 'Sign in' },
  });
}

export function inactivityRevokedMail(userId: string, requestUrl: string): MailContent {
  return renderMail({
    th: {
      subject: `รหัสผู้ใช้ ${userId} ถูกยกเลิกเนื่องจากไม่ได้ใช้งานติดต่อกัน 6 เดือน`,
      paragraphs: [
        `รหัสผู้ใช้ระบบตรวจสอบสิทธิการรักษาพยาบาล ${userId} ถูกยกเลิกแล้ว เนื่องจากไม่ได้เข้าใช้งานติดต่อกัน 6 เดือน`,
        'หากต้องการใช้รหัสผู้ใช้เดิมอีก กรุณายื่นแบบขอใช้บริการ ประเภท "ขอใช้รหัสผู้ใช้เดิม" ผ่านสถานพยาบาลคู่สัญญาหลัก โดยผู้อำนวยการลงนาม',
      ],
    },
    en: {
      subject: `User id ${userId} was revoked after 6 months without use`,
      paragraphs: [
        `Entitlement-check user id ${userId} was revoked because it was not used for 6 consecutive months.`,
        'To use it again, file a "reuse an old user id" request through your main contractor hospital, signed by its director.',
      ],
    },
    link: { href: requestUrl, th: 'ยื่นคำขอใช้รหัสผู้ใช้เดิม', en: 'File a reuse request' },
  });
}
