// The words for a complaint's channels and outcomes, in Thai and English: one list for the site,
// the mails, the CSV and the PDF report, so a case reads the same wherever it is shown.
// Type-only imports: the site bundles this file without zod.
import type { CHANNELS, OUTCOMES } from '../schemas/complaints';

export interface Words {
  th: string;
  en: string;
}

export const COMPLAINT_CHANNEL_WORDS: Record<(typeof CHANNELS)[number], Words> = {
  web: { th: 'เว็บไซต์', en: 'Web' },
  hotline: { th: 'สายด่วน 1506', en: 'Hotline 1506' },
  email: { th: 'อีเมล', en: 'E-mail' },
  letter: { th: 'จดหมาย', en: 'Letter' },
  'walk-in': { th: 'มาติดต่อด้วยตนเอง', en: 'Walk-in' },
};

export const COMPLAINT_OUTCOME_WORDS: Record<(typeof OUTCOMES)[number], Words> = {
  resolved: { th: 'แก้ไขแล้ว', en: 'Resolved' },
  mediated: { th: 'ไกล่เกลี่ยแล้ว', en: 'Mediated' },
  unfounded: { th: 'ข้อเท็จจริงไม่เป็นไปตามที่ร้องเรียน', en: 'Unfounded' },
  referred: { th: 'ส่งต่อหน่วยงานอื่น', en: 'Referred to another agency' },
  withdrawn: { th: 'ผู้ร้องเรียนถอนเรื่อง', en: 'Withdrawn by the complainant' },
};

/** The words of an outcome code as stored (a string), if it is one. */
export function outcomeWords(code: string | undefined): Words | undefined {
  return code !== undefined && Object.hasOwn(COMPLAINT_OUTCOME_WORDS, code) ? COMPLAINT_OUTCOME_WORDS[code as keyof typeof COMPLAINT_OUTCOME_WORDS] : undefined;
}
