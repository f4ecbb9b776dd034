// E-mails about the office registry: an office that could not be told of a case (no mailbox).
import { renderMail, type MailContent } from '../layout';

/** To the admins: an office has no mailbox, so it was not told of a case in its queue. */
export function officeWithoutMailboxMail(office: { officeCode: string; nameTh?: string; nameEn?: string }, trackingCode: string, caseUrl: string): MailContent {
  const th = office.nameTh ? `${office.officeCode} (${office.nameTh})` : office.officeCode;
  const en = office.nameEn ? `${office.officeCode} (${office.nameEn})` : office.officeCode;
  return renderMail({
    th: {
      subject: `สำนักงาน ${office.officeCode} ยังไม่มีอีเมล: ไม่ได้แจ้งเรื่องร้องเรียน ${trackingCode}`,
      paragraphs: [
        `สำนักงาน ${th} ยังไม่มีอีเมล ระบบจึงไม่ได้แจ้งเรื่องร้องเรียน ${trackingCode} ที่อยู่ในความรับผิดชอบของสำนักงานนี้ และจะไม่ได้แจ้งเตือนกำหนดเวลาทางอีเมล`,
        'กรุณาบันทึกอีเมลของสำนักงาน (ผู้ดูแลระบบ แก้ไขข้อมูลสำนักงาน หรือไฟล์อีเมลสำนักงานเมื่อติดตั้งระบบ) และแจ้งสำนักงานเรื่องนี้',
      ],
    },
    en: {
      subject: `Office ${office.officeCode} has no mailbox: complaint ${trackingCode} not announced`,
      paragraphs: [
        `Office ${en} has no mailbox, so it was not told of complaint ${trackingCode}, which is in its queue, nor will it get deadline reminders by e-mail.`,
        "Set the office's address (an admin edits the office, or the office mailbox file at deploy) and tell the office of this case.",
      ],
    },
    link: { href: caseUrl, th: 'เปิดเรื่องร้องเรียน', en: 'Open the complaint' },
  });
}
