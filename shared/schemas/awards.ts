// Schemas of the award routes.
import * as z from 'zod';
import { awardProgrammeSchema } from '../domain/award-programme';
import { defineMessages } from '../i18n/messages';
import { parseFlexibleDate } from '../time/bangkok';
import { hospitalCode, isoInstant, normalizeDigitsInput, text } from './common';

defineMessages({
  PROGRAMME_NOT_FOUND: { th: 'ไม่พบโครงการประกวดของปีนี้', en: 'No award programme for this year' },
  DEADLINE_PASSED: { th: 'พ้นกำหนดส่งใบสมัครแล้ว ใบสมัครนี้ถูกบันทึกไว้เป็นการส่งล่าช้า และสงวนสิทธิ์ไม่พิจารณา', en: 'The deadline has passed: the submission is kept, marked late, and will not be considered' },
  PROGRAMME_NOT_OPEN: { th: 'ยังไม่เปิดรับใบสมัคร', en: 'Submissions are not open yet' },
  POSTMARK_AFTER_RECEIPT: { th: 'วันประทับตราไปรษณีย์ต้องไม่หลังวันที่ได้รับ', en: 'The postmark date cannot be after the date received' },
  POSTMARK_IN_FUTURE: { th: 'วันประทับตราไปรษณีย์ต้องไม่อยู่ในอนาคต', en: 'The postmark date cannot be in the future' },
  POSTMARK_BEFORE_OPENING: { th: 'วันประทับตราไปรษณีย์ต้องไม่ก่อนวันเปิดรับสมัคร', en: 'The postmark date cannot be before the programme opened' },
  SUBMISSION_NOT_FOUND: { th: 'ไม่พบใบสมัครนี้', en: 'No such submission' },
  SUBMISSION_EXISTS: { th: 'สถานพยาบาลนี้มีใบสมัครที่ส่งแล้วในปีนี้', en: 'This hospital already has a submission this year' },
  NOT_YOUR_HOSPITAL: { th: 'ใบสมัครนี้ไม่ใช่ของสถานพยาบาลของท่าน', en: 'This submission belongs to another hospital' },
  NOT_ELIGIBLE: { th: 'ใบสมัครนี้ไม่อยู่ในเกณฑ์พิจารณา (ส่งล่าช้าหรือยังไม่ได้ส่ง)', en: 'This submission is not eligible (late or not submitted)' },
  CONFLICT_OF_INTEREST: { th: 'กรรมการที่มีส่วนได้ส่วนเสียกับสถานพยาบาลนี้ให้คะแนนไม่ได้', en: 'A member linked to this hospital cannot score it' },
  OWN_SCORES_ONLY: { th: 'กรรมการให้คะแนนได้เฉพาะในนามของตนเอง', en: 'Committee members score in their own name only' },
  TOO_EARLY_TO_PUBLISH: { th: 'ประกาศผลได้ตั้งแต่วันประกาศผลที่กำหนดไว้เป็นต้นไป', en: 'Results can be published on or after the announcement date' },
  RESULTS_NOT_PUBLISHED: { th: 'ยังไม่ประกาศผล', en: 'The results are not published yet' },
  SCORE_MISSING: { th: 'กรุณาให้คะแนนทุกเกณฑ์', en: 'Score every criterion' },
  SCORE_OUT_OF_RANGE: { th: 'คะแนนเกินช่วงที่กำหนด', en: 'Score out of range' },
  UNKNOWN_CRITERION: { th: 'ไม่มีเกณฑ์นี้ในโครงการ', en: 'No such criterion in the programme' },
  EXTENSION_BEFORE_DEADLINE: { th: 'วันขยายเวลาต้องหลังกำหนดส่งเดิม', en: 'An extension must be later than the deadline' },
});

/** A calendar date typed in CE or BE (e.g. 2562-07-10 or 10/07/2562), Thai digits allowed → CE ISO date. */
export const flexibleDate = z.preprocess(normalizeDigitsInput, z.string().max(20).transform((s, ctx) => {
  const iso = parseFlexibleDate(s);
  if (!iso) {
    ctx.addIssue({ code: 'custom', message: 'INVALID_DATE' });
    return z.NEVER;
  }
  return iso;
}));

export const yearParams = z.object({ yearBE: z.preprocess(normalizeDigitsInput, z.string().regex(/^\d{4}$/, 'PROGRAMME_NOT_FOUND')).transform(Number) });
export const submissionParams = z.object({ submissionId: z.string().regex(/^AW-\d{4}-\d{7}$/, 'SUBMISSION_NOT_FOUND') });
export const scoreParams = submissionParams.extend({ committeeUserId: z.string().min(3).max(40) });

const sha256 = z.string().regex(/^[0-9a-fA-F]{64}$/, 'INVALID_VALUE').transform((s) => s.toLowerCase());
export const startSubmissionBody = z
  .object({ files: z.object({ applicationForm: z.object({ sha256 }).strict().optional(), selfAssessment: z.object({ sha256 }).strict().optional() }).strict().optional() })
  .strict();

export const postalSubmissionBody = z.object({ hospitalCode, postmarkDate: flexibleDate, receivedDate: flexibleDate }).strict();
export const emailSubmissionBody = z.object({ hospitalCode, emailReceivedAt: isoInstant }).strict();
export const extensionBody = z.object({ hospitalCode, deadline: flexibleDate, reason: text(500) }).strict();
export const scoreBody = z.object({ criteria: z.record(z.string().max(40), z.number().min(0).max(1000)), supportsSsoWork: z.boolean() }).strict();
export const resultsBody = z
  .object({
    designations: z.record(z.string().regex(/^\d{7}$/), z.string().max(40)).optional(),
    publish: z.boolean().default(false),
  })
  .strict();
export const programmeBody = awardProgrammeSchema;
