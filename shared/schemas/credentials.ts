// Schemas of the credential-request routes: every field of the SSO form, validated at the edge.
import * as z from 'zod';
import { isBlockedEmailDomain, isValidEmail, normalizeEmail, normalizeThaiPhone } from '../domain/contact';
import { isValidNationalId, normalizeNationalId } from '../domain/national-id';
import { isLatinName, isThaiName } from '../domain/thai-text';
import { userIdSchema } from '../domain/user-id';
import { defineMessages } from '../i18n/messages';
import { hospitalCode, text, whenObject } from './common';

export const credentialMessages = defineMessages({
  NATIONAL_ID_FORMAT: { th: 'เลขประจำตัวประชาชนต้องมี 13 หลัก', en: 'A national ID has 13 digits' },
  NATIONAL_ID_CHECKSUM: { th: 'เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบอีกครั้ง', en: 'This national ID is not valid (check digit mismatch)' },
  THAI_SCRIPT_REQUIRED: { th: 'กรุณากรอกเป็นภาษาไทย', en: 'Please write this in Thai script' },
  LATIN_SCRIPT_REQUIRED: { th: 'กรุณากรอกเป็นภาษาอังกฤษ (ตัวอักษร A–Z)', en: 'Please write this in Latin letters (A–Z)' },
  HOSPITAL_CODE_FORMAT: { th: 'รหัสสถานพยาบาลต้องเป็นตัวเลข 7 หลัก', en: 'A hospital code has 7 digits' },
  PHONE_INVALID: { th: 'หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 02-956-2345 หรือ 081-234-5678)', en: 'Invalid Thai phone number (e.g. 02-956-2345 or 081-234-5678)' },
  EMAIL_DOMAIN_NOT_ALLOWED: { th: 'ไม่รับอีเมลของ Yahoo (yahoo.com, yahoo.co.th) กรุณาใช้อีเมลอื่น', en: 'Yahoo addresses (yahoo.com, yahoo.co.th) are not accepted; please use another address' },
  USER_ID_REQUIRED: { th: 'กรุณาระบุรหัสผู้ใช้เดิม', en: 'Please give the existing user id' },
  USER_ID_NOT_EXPECTED: { th: 'คำขอรหัสผู้ใช้ใหม่ไม่ต้องระบุรหัสผู้ใช้', en: 'A request for a new user id takes no user id' },
  CONTROL_CHARACTERS: { th: 'มีอักขระที่ไม่อนุญาต', en: 'Contains characters that are not allowed' },
  REASON_REQUIRED: { th: 'กรุณาระบุเหตุผล', en: 'Please give a reason' },
  UNKNOWN_HOSPITAL: { th: 'ไม่พบรหัสสถานพยาบาลนี้ในทะเบียน', en: 'No hospital with this code in the registry' },
  MUST_REQUEST_VIA_MAIN_CONTRACTOR: {
    th: 'สถานพยาบาลเครือข่ายต้องยื่นคำขอผ่านสถานพยาบาลคู่สัญญาหลัก กรุณาระบุรหัสสถานพยาบาลหลักในช่องสถานพยาบาล และรหัสของท่านในช่องสถานพยาบาลเครือข่าย',
    en: 'A network hospital requests through its main contractor: put the main contractor in the hospital field and yours in the network hospital field',
  },
  NOT_IN_MAIN_CONTRACTOR_NETWORK: { th: 'สถานพยาบาลเครือข่ายนี้ไม่อยู่ในเครือข่ายของสถานพยาบาลหลักที่ระบุ', en: 'This network hospital is not in the network of the given main contractor' },
  NOT_A_NETWORK_HOSPITAL: { th: 'รหัสที่ระบุไม่ใช่สถานพยาบาลเครือข่าย', en: 'This code is not a network hospital' },
  USER_ID_NOT_FOUND: { th: 'ไม่พบรหัสผู้ใช้นี้', en: 'No such user id' },
  USER_ID_NOT_REVOKED_FOR_INACTIVITY: { th: 'รหัสผู้ใช้นี้ไม่ได้ถูกยกเลิกเนื่องจากไม่ได้ใช้งาน จึงขอใช้รหัสเดิมไม่ได้', en: 'This user id was not revoked for inactivity, so it cannot be reused' },
  USER_ID_NOT_ACTIVE: { th: 'รหัสผู้ใช้นี้ไม่ได้อยู่ในสถานะใช้งาน', en: 'This user id is not active' },
  USER_ID_NOT_IN_HOSPITAL: { th: 'รหัสผู้ใช้นี้ไม่ได้เป็นของสถานพยาบาลที่ระบุ', en: 'This user id does not belong to the given hospital' },
  UPLOAD_MISSING: { th: 'ยังไม่ได้อัปโหลดแบบฟอร์มที่ลงนามแล้ว (PDF)', en: 'The signed form (PDF) has not been uploaded yet' },
  FILE_TOO_LARGE: { th: 'ไฟล์มีขนาดใหญ่เกินกำหนด', en: 'The file is too large' },
  FILE_EMPTY: { th: 'ไฟล์ว่างเปล่า', en: 'The file is empty' },
  NOT_A_PDF: { th: 'ไฟล์ไม่ใช่ PDF', en: 'The file is not a PDF' },
  SHA256_MISMATCH: { th: 'ไฟล์ที่ได้รับไม่ตรงกับไฟล์ที่ส่ง (SHA-256 ไม่ตรงกัน) กรุณาอัปโหลดใหม่', en: 'The file received does not match the one sent (SHA-256 mismatch); please upload again' },
  ALREADY_DECIDED: { th: 'คำขอนี้ได้รับการพิจารณาแล้ว', en: 'This request has already been decided' },
  NOT_SUBMITTED: { th: 'คำขอนี้ยังไม่ได้ยื่น', en: 'This request has not been submitted' },
  NOT_A_DRAFT: { th: 'คำขอนี้ยื่นแล้ว แก้ไขไฟล์ไม่ได้', en: 'This request was submitted; its file can no longer change' },
  REQUEST_NOT_FOUND: { th: 'ไม่พบคำขอนี้', en: 'No such request' },
  PASSWORD_TOO_WEAK: { th: 'รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร และมีทั้งตัวอักษรและตัวเลข', en: 'A password needs at least 10 characters with both letters and digits' },
});

const thaiName = (max: number) => text(max).refine(isThaiName, 'THAI_SCRIPT_REQUIRED');
const latinName = (max: number) => text(max).refine(isLatinName, 'LATIN_SCRIPT_REQUIRED');

export const nationalIdField = z
  .string()
  .transform(normalizeNationalId)
  .pipe(z.string().regex(/^\d{13}$/, 'NATIONAL_ID_FORMAT'))
  // the check digit is only worth reporting once there are 13 digits
  .pipe(z.string().refine(isValidNationalId, 'NATIONAL_ID_CHECKSUM'));

export const phoneField = z.string().max(40).transform((s, ctx) => {
  const phone = normalizeThaiPhone(s);
  if (!phone) {
    ctx.addIssue({ code: 'custom', message: 'PHONE_INVALID' });
    return z.NEVER;
  }
  return phone;
});

export const emailField = z
  .string()
  .max(254)
  .transform(normalizeEmail)
  .pipe(z.string().refine(isValidEmail, 'INVALID_EMAIL').refine((e) => !isBlockedEmailDomain(e), 'EMAIL_DOMAIN_NOT_ALLOWED'));

export const PURPOSES = ['new', 'reuse', 'cancel'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Each field's own schema: the API validates with them, and the site checks each as it is typed. */
export const credentialRequestFields = {
    nationalId: nationalIdField,
    title: thaiName(40),
    firstNameTh: thaiName(100),
    lastNameTh: thaiName(100),
    firstNameEn: latinName(100),
    lastNameEn: latinName(100),
    position: text(120),
    hospitalCode,
    networkHospitalCode: hospitalCode.optional(),
    purpose: z.enum(PURPOSES),
    userId: userIdSchema.optional(),
    phone: phoneField,
    email: emailField,
};

export const credentialRequestBody = z
  .object(credentialRequestFields)
  .strict()
  // `whenObject` runs these even when other fields failed, so every bad field is reported at once
  .refine((b) => b.purpose === 'new' || !!b.userId, { path: ['userId'], message: 'USER_ID_REQUIRED', ...whenObject })
  .refine((b) => b.purpose !== 'new' || !b.userId, { path: ['userId'], message: 'USER_ID_NOT_EXPECTED', ...whenObject });
export type CredentialRequestInput = z.output<typeof credentialRequestBody>;

export const requestIdParams = z.object({ requestId: z.string().regex(/^CR-[0-9A-Z]{16}$/, 'REQUEST_NOT_FOUND') });

export const submitBody = z.object({ sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, 'INVALID_VALUE').optional() }).strict();

export const listRequestsQuery = z.object({
  status: z.enum(['draft', 'submitted', 'approved', 'rejected']).default('submitted'),
});

export const decisionBody = z
  .object({ decision: z.enum(['approve', 'reject']), reason: text(500).optional() })
  .strict()
  .superRefine((b, ctx) => {
    if (b.decision === 'reject' && !b.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'REASON_REQUIRED' });
  });

export const activateBody = z
  .object({
    token: z.string().min(20).max(200),
    password: z.string().max(256).refine((p) => p.length >= 10 && /\p{L}/u.test(p) && /\d/.test(p), 'PASSWORD_TOO_WEAK'),
  })
  .strict();

export const userIdParams = z.object({ userId: userIdSchema });
