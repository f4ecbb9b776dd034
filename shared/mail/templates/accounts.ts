// E-mails of staff accounts and passwords (Thai first, English below). They never carry a password.
import { formatThaiDate } from '../../time/bangkok';
import { renderMail, type MailContent } from '../layout';

export function accountActivationMail(a: { userId: string; nameTh?: string | undefined }, link: { url: string; expiresAt: string }): MailContent {
  const until = formatThaiDate(new Date(link.expiresAt), { lang: 'th', withTime: true });
  const untilEn = formatThaiDate(new Date(link.expiresAt), { lang: 'en', withTime: true });
  return renderMail({
    th: {
      subject: `เปิดใช้งานบัญชีระบบงานสำนักงานประกันสังคม (${a.userId})`,
      paragraphs: [
        a.nameTh ? `เรียน ${a.nameTh}` : 'เรียน ผู้ใช้งาน',
        `ผู้ดูแลระบบได้สร้างบัญชีให้ท่าน รหัสผู้ใช้ของท่านคือ ${a.userId}`,
        `กรุณาตั้งรหัสผ่านผ่านลิงก์ด้านล่างภายใน ${until} (ใช้ได้ครั้งเดียว) ระบบจะไม่ส่งรหัสผ่านทางอีเมล`,
        'หากท่านไม่ได้คาดว่าจะได้รับอีเมลนี้ โปรดละเว้น',
      ],
    },
    en: {
      subject: `Activate your SSO hospital services account (${a.userId})`,
      paragraphs: [
        `An administrator created an account for you. Your user id is ${a.userId}.`,
        `Set your password with the link below before ${untilEn} (single use). No password is ever sent by e-mail.`,
      ],
    },
    link: { href: link.url, th: 'ตั้งรหัสผ่านและเปิดใช้งาน', en: 'Set your password and activate' },
  });
}

export function passwordResetMail(userId: string, link: { url: string; expiresAt: string }): MailContent {
  const until = formatThaiDate(new Date(link.expiresAt), { lang: 'th', withTime: true });
  const untilEn = formatThaiDate(new Date(link.expiresAt), { lang: 'en', withTime: true });
  return renderMail({
    th: {
      subject: `ตั้งรหัสผ่านใหม่สำหรับรหัสผู้ใช้ ${userId}`,
      paragraphs: [
        `มีการขอตั้งรหัสผ่านใหม่สำหรับรหัสผู้ใช้ ${userId}`,
        `ตั้งรหัสผ่านใหม่ได้ผ่านลิงก์ด้านล่างภายใน ${until} (ใช้ได้ครั้งเดียว)`,
        'หากท่านไม่ได้ขอ โปรดละเว้นอีเมลนี้ รหัสผ่านเดิมยังใช้ได้ตามปกติ',
      ],
    },
    en: {
      subject: `Reset the password of ${userId}`,
      paragraphs: [
        `Someone asked to reset the password of user id ${userId}.`,
        `Set a new password with the link below before ${untilEn} (single use). If it was not you, ignore this e-mail: your password stays as it is.`,
      ],
    },
    link: { href: link.url, th: 'ตั้งรหัสผ่านใหม่', en: 'Set a new password' },
  });
}

export function passwordChangedMail(userId: string, at: Date): MailContent {
  return renderMail({
    th: {
      subject: `รหัสผ่านของ ${userId} ถูกเปลี่ยนแล้ว`,
      paragraphs: [
        `รหัสผ่านของรหัสผู้ใช้ ${userId} ถูกเปลี่ยนเมื่อ ${formatThaiDate(at, { lang: 'th', withTime: true })} และทุกการเข้าสู่ระบบเดิมสิ้นสุดแล้ว`,
        'หากท่านไม่ได้เปลี่ยนเอง กรุณาแจ้งผู้ดูแลระบบทันที',
      ],
    },
    en: {
      subject: `The password of ${userId} was changed`,
      paragraphs: [`The password of ${userId} was changed on ${formatThaiDate(at, { lang: 'en', withTime: true })}; every earlier session has ended. If it was not you, tell an administrator at once.`],
    },
  });
}
