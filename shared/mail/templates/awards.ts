// E-mails of the Hospital of the Heart award: receipts, late notices, notices to the officers.
import type { AwardSubmission } from '../../data/awards-repository';
import { formatThaiDate } from '../../time/bangkok';
import { renderMail, type MailContent } from '../layout';

const FILES = { applicationForm: { th: 'ใบสมัคร', en: 'Application form' }, selfAssessment: { th: 'แบบประเมินตนเอง', en: 'Self-assessment' } } as const;
const fileLines = (s: AwardSubmission, lang: 'th' | 'en') =>
  (Object.keys(FILES) as Array<keyof typeof FILES>).map((slot) => `${FILES[slot][lang]}: SHA-256 ${s.files[slot].sha256 ?? (lang === 'th' ? '(เอกสารฉบับจริงทางไปรษณีย์/อีเมล)' : '(paper/e-mail original)')}`);

export function receiptMail(s: AwardSubmission, hospitalName: string, statusUrl: string): MailContent {
  const at = s.receivedAt ?? s.createdAt;
  // by post the day it arrived (and its postmark) is what counts, there is no time of day
  const when = (lang: 'th' | 'en') =>
    s.channel === 'post' && s.receivedDate
      ? `${formatThaiDate(s.receivedDate, { lang })}${s.postmarkDate ? (lang === 'th' ? ` (ประทับตราไปรษณีย์ ${formatThaiDate(s.postmarkDate, { lang })})` : ` (postmarked ${formatThaiDate(s.postmarkDate, { lang })})`) : ''}`
      : formatThaiDate(new Date(at), { lang, withTime: true });
  return renderMail({
    th: {
      subject: `ใบรับใบสมัครสถานพยาบาลในดวงใจ ปี ${s.yearBE} (${s.submissionId})`,
      paragraphs: [`สำนักงานประกันสังคมได้รับใบสมัครของ ${hospitalName} แล้ว เมื่อ ${when('th')}`, ...fileLines(s, 'th'), 'โปรดเก็บอีเมลนี้ไว้เป็นหลักฐาน'],
    },
    en: {
      subject: `Receipt: Hospital of the Heart ${s.yearBE} submission ${s.submissionId}`,
      paragraphs: [`SSO received the submission of ${hospitalName} on ${when('en')}.`, ...fileLines(s, 'en')],
    },
    link: { href: statusUrl, th: 'ดูสถานะใบสมัคร', en: 'See the submission' },
  });
}

export function lateMail(s: AwardSubmission, hospitalName: string, deadline: string): MailContent {
  return renderMail({
    th: {
      subject: `ใบสมัครสถานพยาบาลในดวงใจ ปี ${s.yearBE} ส่งพ้นกำหนด`,
      paragraphs: [
        `ใบสมัครของ ${hospitalName} (${s.submissionId}) ได้รับหลังกำหนดส่ง ${formatThaiDate(deadline, { lang: 'th' })}`,
        'ตามประกาศ ใบสมัครที่ส่งพ้นกำหนดจะสงวนสิทธิ์ไม่พิจารณา ระบบได้บันทึกใบสมัครไว้แล้ว หากมีเหตุจำเป็นโปรดติดต่อสำนักงานประกันสังคม',
      ],
    },
    en: {
      subject: `Hospital of the Heart ${s.yearBE}: submission received after the deadline`,
      paragraphs: [`The submission of ${hospitalName} (${s.submissionId}) arrived after the deadline (${formatThaiDate(deadline, { lang: 'en' })}). It is kept on record but will not be considered.`],
    },
  });
}

export function officersNoticeMail(s: AwardSubmission, hospitalName: string, consoleUrl: string): MailContent {
  return renderMail({
    th: { subject: `ใบสมัครใหม่ สถานพยาบาลในดวงใจ ปี ${s.yearBE}: ${hospitalName}`, paragraphs: [`${hospitalName} ส่งใบสมัคร (${s.channel === 'online' ? 'ออนไลน์' : s.channel === 'post' ? 'ไปรษณีย์' : 'อีเมล'}) สถานะ: ${s.status === 'late' ? 'ล่าช้า' : 'ทันกำหนด'}`] },
    en: { subject: `New Hospital of the Heart ${s.yearBE} submission: ${hospitalName}`, paragraphs: [`${hospitalName} submitted (${s.channel}); status: ${s.status}.`] },
    link: { href: consoleUrl, th: 'เปิดรายการใบสมัคร', en: 'Open the submissions' },
  });
}
