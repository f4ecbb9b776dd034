// E-mails of the complaint process: reminders and escalations to offices, news to the complainant.
import type { ComplaintCase } from '../../data/complaints-repository';
import { formatThaiDate, toBuddhistYear } from '../../time/bangkok';
import { renderMail, type MailContent } from '../layout';
import { COMPLAINT_CHANNEL_WORDS, outcomeWords } from '../../i18n/complaint-words';

export const STAGE_NAMES = {
  route: { th: 'ส่งต่อเรื่องให้หน่วยงานรับผิดชอบ', en: 'forward to the responsible office' },
  acknowledge: { th: 'ติดต่อผู้ร้องเรียน', en: 'contact the complainant' },
  'report-back': { th: 'แจ้งผลการดำเนินการแก่ผู้ร้องเรียน', en: 'tell the complainant the outcome' },
} as const;
type Stage = keyof typeof STAGE_NAMES;


/** To the responsible office: a new case is in its queue (no personal data: the link opens it). */
export function newComplaintMail(c: ComplaintCase, topic: { nameTh: string; nameEn: string } | undefined, caseUrl: string): MailContent {
  const acknowledge = c.stages.find((s) => s.stage === 'acknowledge');
  return renderMail({
    th: {
      subject: `เรื่องร้องเรียนใหม่ ${c.trackingCode}: สถานพยาบาลรหัส ${c.hospitalCode}`,
      paragraphs: [
        `มีเรื่องร้องเรียนใหม่ถึงสำนักงาน ${c.officeCode} เกี่ยวกับสถานพยาบาลรหัส ${c.hospitalCode}${topic ? ` เรื่อง${topic.nameTh}` : ''} รับทาง${COMPLAINT_CHANNEL_WORDS[c.channel].th} เมื่อ ${formatThaiDate(new Date(c.receivedAt), { lang: 'th', withTime: true })}`,
        ...(acknowledge ? [`กรุณาติดต่อผู้ร้องเรียนภายใน ${formatThaiDate(new Date(acknowledge.dueAt), { lang: 'th', withTime: true })}`] : []),
      ],
    },
    en: {
      subject: `New complaint ${c.trackingCode}: hospital ${c.hospitalCode}`,
      paragraphs: [
        `A new complaint for office ${c.officeCode} about hospital ${c.hospitalCode}${topic ? ` (${topic.nameEn})` : ''}, received by ${COMPLAINT_CHANNEL_WORDS[c.channel].en.toLowerCase()} on ${formatThaiDate(new Date(c.receivedAt), { lang: 'en', withTime: true })}.`,
        ...(acknowledge ? [`Please contact the complainant by ${formatThaiDate(new Date(acknowledge.dueAt), { lang: 'en', withTime: true })}.`] : []),
      ],
    },
    link: { href: caseUrl, th: 'เปิดเรื่องร้องเรียน', en: 'Open the complaint' },
  });
}

const UNIT_NAMES = {
  LEGAL: { th: 'กองนิติการ', en: 'the Legal Division' },
  MSB: { th: 'สำนักงานการแพทย์', en: 'the Medical Services Bureau' },
} as const;

/** To the Legal Division or the Medical Services Bureau, brought into a case (walk-in mediation). */
export function complaintReferredMail(c: ComplaintCase, unit: keyof typeof UNIT_NAMES, reason: string, caseUrl: string): MailContent {
  return renderMail({
    th: {
      subject: `ขอให้ร่วมดำเนินการเรื่องร้องเรียน ${c.trackingCode}`,
      paragraphs: [
        `สำนักงาน ${c.officeCode} ขอให้${UNIT_NAMES[unit].th}ร่วมดำเนินการเรื่องร้องเรียนเกี่ยวกับสถานพยาบาลรหัส ${c.hospitalCode} (รหัสติดตาม ${c.trackingCode})`,
        `เหตุผล: ${reason}`,
      ],
    },
    en: {
      subject: `Please join complaint ${c.trackingCode}`,
      paragraphs: [`Office ${c.officeCode} asks ${UNIT_NAMES[unit].en} to join complaint ${c.trackingCode} about hospital ${c.hospitalCode}.`, `Reason: ${reason}`],
    },
    link: { href: caseUrl, th: 'เปิดเรื่องร้องเรียน', en: 'Open the complaint' },
  });
}

export function slaReminderMail(c: ComplaintCase, stage: Stage, dueAt: string, caseUrl: string): MailContent {
  return renderMail({
    th: {
      subject: `ใกล้ครบกำหนด: ${STAGE_NAMES[stage].th} เรื่องร้องเรียน ${c.trackingCode}`,
      paragraphs: [
        `เรื่องร้องเรียนเกี่ยวกับสถานพยาบาลรหัส ${c.hospitalCode} (รหัสติดตาม ${c.trackingCode}) ต้อง${STAGE_NAMES[stage].th}ภายใน ${formatThaiDate(new Date(dueAt), { lang: 'th', withTime: true })}`,
      ],
    },
    en: {
      subject: `Due soon: ${STAGE_NAMES[stage].en}, complaint ${c.trackingCode}`,
      paragraphs: [`Complaint ${c.trackingCode} about hospital ${c.hospitalCode}: ${STAGE_NAMES[stage].en} by ${formatThaiDate(new Date(dueAt), { lang: 'en', withTime: true })}.`],
    },
    link: { href: caseUrl, th: 'เปิดเรื่องร้องเรียน', en: 'Open the complaint' },
  });
}

export function slaEscalationMail(c: ComplaintCase, stage: Stage, dueAt: string, level: number, caseUrl: string): MailContent {
  return renderMail({
    th: {
      subject: `เกินกำหนด (ระดับ ${level}): ${STAGE_NAMES[stage].th} เรื่องร้องเรียน ${c.trackingCode}`,
      paragraphs: [
        `เรื่องร้องเรียนรหัสติดตาม ${c.trackingCode} (สถานพยาบาลรหัส ${c.hospitalCode} สำนักงาน ${c.officeCode}) ยังไม่ได้${STAGE_NAMES[stage].th} ซึ่งครบกำหนดเมื่อ ${formatThaiDate(new Date(dueAt), { lang: 'th', withTime: true })}`,
        'กรุณาเร่งดำเนินการและบันทึกผลในระบบ',
      ],
    },
    en: {
      subject: `Overdue (level ${level}): ${STAGE_NAMES[stage].en}, complaint ${c.trackingCode}`,
      paragraphs: [`Complaint ${c.trackingCode} (hospital ${c.hospitalCode}, office ${c.officeCode}) missed its deadline to ${STAGE_NAMES[stage].en} (${formatThaiDate(new Date(dueAt), { lang: 'en', withTime: true })}). Please act and record it.`],
    },
    link: { href: caseUrl, th: 'เปิดเรื่องร้องเรียน', en: 'Open the complaint' },
  });
}


export function complainantMail(c: ComplaintCase, kind: 'acknowledged' | 'reported' | 'closed', trackUrl: string, note?: string): MailContent {
  const th = {
    acknowledged: `สำนักงานประกันสังคมได้รับเรื่องร้องเรียนของท่าน (รหัสติดตาม ${c.trackingCode}) และอยู่ระหว่างดำเนินการ`,
    reported: `ผลการดำเนินการเรื่องร้องเรียนของท่าน (รหัสติดตาม ${c.trackingCode}): ${note ?? ''}`,
    closed: `เรื่องร้องเรียนของท่าน (รหัสติดตาม ${c.trackingCode}) ได้ยุติแล้ว ผล: ${outcomeWords(c.outcome)?.th ?? ''}`,
  }[kind];
  const en = {
    acknowledged: `SSO has taken up your complaint (tracking code ${c.trackingCode}).`,
    reported: `The outcome of your complaint ${c.trackingCode}: ${note ?? ''}`,
    closed: `Your complaint ${c.trackingCode} is closed. Outcome: ${outcomeWords(c.outcome)?.en.toLowerCase() ?? ''}.`,
  }[kind];
  return renderMail({
    th: { subject: `เรื่องร้องเรียน ${c.trackingCode}`, paragraphs: [`เรียน ${c.complainant.name}`, th, 'สอบถามเพิ่มเติม สายด่วน 1506'] },
    en: { subject: `Your complaint ${c.trackingCode}`, paragraphs: [`Dear ${c.complainant.name},`, en, 'Questions: hotline 1506'] },
    link: { href: trackUrl, th: 'ติดตามเรื่องร้องเรียน', en: 'Follow your complaint' },
  });
}

export function calendarMissingMail(years: number[], adminUrl: string): MailContent {
  return renderMail({
    th: {
      subject: `ยังไม่มีปฏิทินวันหยุดราชการปี ${years.map(toBuddhistYear).join(', ')}`,
      paragraphs: [`กำหนดเวลาของเรื่องร้องเรียนบางเรื่องล้ำเข้าไปในปี ${years.map(toBuddhistYear).join(', ')} ซึ่งยังไม่ได้บันทึกวันหยุดราชการ ระบบจึงคำนวณโดยนับเฉพาะวันเสาร์-อาทิตย์เป็นวันหยุด (กำหนดเวลาชั่วคราว)`, 'กรุณาบันทึกปฏิทินวันหยุดตามประกาศ ระบบจะคำนวณใหม่ให้อัตโนมัติ'],
    },
    en: {
      subject: `Official holiday list missing for ${years.join(', ')}`,
      paragraphs: [`Some complaint deadlines reach into ${years.join(', ')}, whose holiday list is not loaded; they count weekends only and are provisional. Load the announced list and they are recomputed.`],
    },
    link: { href: adminUrl, th: 'บันทึกปฏิทินวันหยุด', en: 'Load the holiday list' },
  });
}

/** The complainant's receipt at filing: the tracking code, what happens next and by when. */
export function complaintReceiptMail(c: ComplaintCase, officeName: { th: string; en: string }, reportBackBy: string | undefined, trackUrl: string): MailContent {
  const byTh = reportBackBy ? formatThaiDate(new Date(reportBackBy), { lang: 'th', withTime: true }) : undefined;
  const byEn = reportBackBy ? formatThaiDate(new Date(reportBackBy), { lang: 'en', withTime: true }) : undefined;
  return renderMail({
    th: {
      subject: `ได้รับเรื่องร้องเรียนของท่านแล้ว รหัสติดตาม ${c.trackingCode}`,
      paragraphs: [
        `เรียน ${c.complainant.name}`,
        `สำนักงานประกันสังคมได้รับเรื่องร้องเรียนของท่านเมื่อ ${formatThaiDate(new Date(c.receivedAt), { lang: 'th', withTime: true })} รหัสติดตามเรื่องคือ ${c.trackingCode}`,
        `ขั้นตอนต่อไป: เรื่องถูกส่งไปยัง${officeName.th} ซึ่งจะตรวจสอบข้อเท็จจริงหรือไกล่เกลี่ย${byTh ? ` และแจ้งผลให้ท่านทราบภายใน ${byTh}` : ' และแจ้งผลให้ท่านทราบ'}`,
        'ท่านติดตามสถานะได้ตลอดเวลาด้วยรหัสติดตามผ่านลิงก์ด้านล่าง สอบถามเพิ่มเติม สายด่วน 1506',
      ],
    },
    en: {
      subject: `Complaint received: tracking code ${c.trackingCode}`,
      paragraphs: [
        `Dear ${c.complainant.name},`,
        `SSO received your complaint; its tracking code is ${c.trackingCode}. It goes to ${officeName.en}, which looks into the facts or mediates${byEn ? ` and reports back to you by ${byEn}` : ' and reports back to you'}.`,
        'Follow it any time with the tracking code (link below). Questions: hotline 1506.',
      ],
    },
    link: { href: trackUrl, th: 'ติดตามสถานะเรื่องร้องเรียน', en: 'Follow your complaint' },
  });
}
