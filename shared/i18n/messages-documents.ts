// Messages of the printable documents (PDF): their links and when they can be made.
import type { Catalog } from './catalog';

export const documentMessages = {
  FORM_LINK_INVALID: {
    th: 'ลิงก์แบบฟอร์มไม่ถูกต้องหรือหมดอายุแล้ว กรุณาเปิดคำขอใหม่อีกครั้งเพื่อรับลิงก์ใหม่',
    en: 'The form link is invalid or has expired; open the request again for a new link',
  },
  SUBMISSION_NOT_RECEIVED: {
    th: 'ใบสมัครนี้ยังไม่ได้ส่ง จึงยังไม่มีใบรับ',
    en: 'This submission has not been submitted yet, so it has no receipt',
  },
} satisfies Catalog;
