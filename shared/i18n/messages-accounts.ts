// Messages of accounts, passwords and sessions, in Thai and English, keyed by the codes the API answers with.
import type { Catalog } from './catalog';

export const accountMessages = {
  SESSION_ENDED: { th: 'การเข้าสู่ระบบนี้สิ้นสุดแล้ว (มีการเปลี่ยนรหัสผ่านหรือสถานะบัญชี) กรุณาเข้าสู่ระบบใหม่', en: 'This session has ended (the password or the account changed); please sign in again' },
  ACCOUNT_DISABLED: { th: 'บัญชีนี้ถูกระงับการใช้งานโดยผู้ดูแลระบบ', en: 'This account was disabled by an administrator' },
  LOGIN_THROTTLED: {
    th: 'เข้าสู่ระบบไม่สำเร็จหลายครั้งติดต่อกัน รหัสผู้ใช้นี้ถูกระงับชั่วคราว 15 นาที กรุณาลองใหม่ภายหลังหรือใช้ "ลืมรหัสผ่าน"',
    en: 'Too many failed sign-ins in a row: this user id is locked for 15 minutes. Try again later or use "forgot password".',
  },
  PASSWORD_TOO_SHORT: { th: 'รหัสผ่านต้องยาวอย่างน้อย 12 ตัวอักษร (แนะนำให้ใช้วลีที่จำง่าย)', en: 'A password needs at least 12 characters (a memorable phrase works well)' },
  PASSWORD_TOO_LONG: { th: 'รหัสผ่านยาวเกิน 256 ตัวอักษร', en: 'A password may have at most 256 characters' },
  PASSWORD_TOO_COMMON: { th: 'รหัสผ่านนี้ถูกใช้กันทั่วไปและคาดเดาได้ง่าย กรุณาเลือกรหัสผ่านอื่น', en: 'This password is commonly used and easy to guess; choose another' },
  PASSWORD_CONTAINS_USER_ID: { th: 'รหัสผ่านต้องไม่มีรหัสผู้ใช้อยู่ในนั้น', en: 'A password must not contain the user id' },
  PASSWORD_WRONG: { th: 'รหัสผ่านปัจจุบันไม่ถูกต้อง', en: 'The current password is wrong' },
  PASSWORD_UNCHANGED: { th: 'รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านปัจจุบัน', en: 'The new password must differ from the current one' },
  RESET_LINK_INVALID: { th: 'ลิงก์ตั้งรหัสผ่านใหม่ไม่ถูกต้อง หมดอายุ หรือถูกใช้ไปแล้ว กรุณาขอลิงก์ใหม่', en: 'The password reset link is invalid, expired or already used; ask for a new one' },
  PASSWORD_RESET_REQUESTED: {
    th: 'หากรหัสผู้ใช้นี้มีอยู่และใช้งานได้ ระบบได้ส่งลิงก์ตั้งรหัสผ่านใหม่ไปยังอีเมลของบัญชีแล้ว ลิงก์ใช้ได้ครั้งเดียวภายใน 1 ชั่วโมง',
    en: 'If this user id exists and is active, a password reset link was sent to its e-mail address. The link works once, within 1 hour.',
  },
  USER_ID_TAKEN: { th: 'รหัสผู้ใช้นี้มีอยู่แล้ว', en: 'This user id is already taken' },
  LAST_ADMIN: { th: 'ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อยหนึ่งคน จึงไม่สามารถถอดสิทธิ์หรือระงับผู้ดูแลระบบคนสุดท้ายได้', en: 'There must be at least one active admin: the last one cannot lose the role or be disabled' },
  OFFICE_REQUIRED: { th: 'บทบาทสำนักงานเขตต้องระบุสำนักงาน', en: 'The area-office role needs an office' },
  HOSPITAL_REQUIRED: { th: 'บัญชีของสถานพยาบาลต้องระบุสถานพยาบาล', en: 'A hospital account needs its hospital' },
  ROLES_MIXED: { th: 'บทบาทสถานพยาบาลใช้ร่วมกับบทบาทเจ้าหน้าที่ สปส. ไม่ได้', en: 'The hospital role cannot be combined with SSO staff roles' },
  UNKNOWN_OFFICE: { th: 'ไม่พบสำนักงานนี้', en: 'Unknown office' },
  ACCOUNT_NOT_PENDING: { th: 'บัญชีนี้เปิดใช้งานแล้วหรือถูกระงับ จึงส่งลิงก์เปิดใช้งานไม่ได้ (ใช้ "ลืมรหัสผ่าน" แทน)', en: 'This account is not waiting for activation (use "forgot password" instead)' },
  ACCOUNT_NOT_DISABLED: { th: 'เปิดใช้งานได้เฉพาะบัญชีที่ถูกระงับ', en: 'Only a disabled account can be re-enabled' },
  ACCOUNT_NOT_ENABLED: { th: 'ระงับได้เฉพาะบัญชีที่ใช้งานอยู่หรือรอเปิดใช้งาน', en: 'Only an active or pending account can be disabled' },
  NOTHING_TO_CHANGE: { th: 'ไม่มีข้อมูลที่ต้องการเปลี่ยน', en: 'Nothing to change' },
  ADMIN_EXISTS: { th: 'มีผู้ดูแลระบบที่ใช้งานได้อยู่แล้ว', en: 'An active admin already exists' },
} satisfies Catalog;
