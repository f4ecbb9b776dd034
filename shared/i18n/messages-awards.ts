// Messages of the Hospital of the Heart award, in Thai and English, keyed by the codes the API answers with.
import type { Catalog } from './catalog';

export const awardMessages = {
  RECEIVED_BEFORE_OPENING: { th: 'วันที่ได้รับอีเมลอยู่ก่อนวันเปิดรับผลงานของปีนี้', en: 'The e-mail arrived before this year\'s programme opened' },
  NOT_A_DESIGNATED_CATEGORY: { th: 'รางวัลที่ระบุไม่ใช่ประเภทที่คณะกรรมการกำหนดผู้ได้รับรางวัลเอง', en: 'This is not a category whose winners the committee designates' },
  NO_ELIGIBLE_SUBMISSION: { th: 'สถานพยาบาลนี้ไม่มีผลงานที่ส่งทันกำหนดในปีนี้', en: 'This hospital has no on-time submission this year' },
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
} satisfies Catalog;
