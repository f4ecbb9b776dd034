// E-mails of reference data administration: the reminder to load an official holiday list.
import type { CalendarReminder } from '../../domain/calendar-reminder';
import { toBuddhistYear } from '../../time/bangkok';
import { renderMail, type MailContent } from '../layout';

/** To the admins: a year's official holiday list is due (next year's from 1 October) and not loaded. */
export function calendarReminderMail(reminder: CalendarReminder, calendarUrl: string): MailContent {
  const yearBE = toBuddhistYear(reminder.year);
  const nextYear = reminder.code === 'NEXT_YEAR_CALENDAR_MISSING';
  return renderMail({
    th: {
      subject: `กรุณาบันทึกปฏิทินวันหยุดราชการปี พ.ศ. ${yearBE}`,
      paragraphs: [
        nextYear
          ? `ยังไม่ได้บันทึกวันหยุดราชการประจำปี พ.ศ. ${yearBE} เมื่อคณะรัฐมนตรีประกาศแล้ว กรุณาบันทึกก่อนสิ้นปี เพื่อให้กำหนดเวลาเรื่องร้องเรียนที่ล้ำเข้าไปในปีหน้าไม่เป็นกำหนดเวลาชั่วคราว`
          : `ยังไม่มีวันหยุดราชการของปี พ.ศ. ${yearBE} ซึ่งเป็นปีปัจจุบัน กำหนดเวลาเรื่องร้องเรียนจึงนับเฉพาะวันเสาร์-อาทิตย์เป็นวันหยุด (กำหนดเวลาชั่วคราว) กรุณาบันทึกโดยเร็ว`,
        'ระบบจะเตือนสัปดาห์ละครั้งจนกว่าจะบันทึก',
      ],
    },
    en: {
      subject: `Please load the official holiday list for ${reminder.year}`,
      paragraphs: [
        nextYear
          ? `The official holiday list for ${reminder.year} is not loaded. Once the cabinet has announced it, load it before the year ends, so that complaint deadlines reaching into ${reminder.year} are not provisional.`
          : `The official holiday list for ${reminder.year}, the current year, is missing: complaint deadlines count weekends only and are provisional. Please load it soon.`,
        'This reminder comes once a week until the list is loaded.',
      ],
    },
    link: { href: calendarUrl, th: 'บันทึกปฏิทินวันหยุด', en: 'Load the holiday list' },
  });
}
