// Messages of every area (problem titles, field messages), in Thai and English, keyed by the codes the
// API answers with. A module of its own so the site can take these without the other areas' words.
import type { Catalog } from './catalog';

export const commonMessages = {
  // problems (titles)
  VALIDATION_FAILED: { th: 'ข้อมูลที่ส่งมาไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุ', en: 'Some fields are invalid; see the list of errors' },
  INVALID_JSON: { th: 'ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้อง', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { th: 'กรุณาส่งข้อมูลในรูปแบบที่บริการนี้รับ (ปกติคือ application/json)', en: 'Send the body in the media type this route takes (application/json unless stated)' },
  PAYLOAD_TOO_LARGE: { th: 'ข้อมูลที่ส่งมามีขนาดใหญ่เกินกำหนด', en: 'The request body is too large' },
  NOT_FOUND: { th: 'ไม่พบข้อมูลที่ต้องการ', en: 'Not found' },
  ORIGIN_NOT_ALLOWED: { th: 'กรุณาเรียกใช้บริการผ่านเว็บไซต์ของระบบ', en: 'Call the service through its web site' },
  INVALID_PATH: { th: 'ที่อยู่ไม่ถูกต้อง', en: 'The address is malformed' },
  ROUTE_NOT_FOUND: { th: 'ไม่พบบริการที่เรียก', en: 'No such route' },
  METHOD_NOT_ALLOWED: { th: 'ไม่รองรับวิธีการเรียกนี้', en: 'Method not allowed' },
  NOT_ACCEPTABLE: { th: 'บริการนี้ตอบในรูปแบบข้อมูลที่ขอ (Accept) ไม่ได้', en: 'This route cannot answer in any media type the Accept header allows' },
  UNAUTHENTICATED: { th: 'กรุณาเข้าสู่ระบบก่อนใช้งาน', en: 'Please sign in first' },
  TOKEN_INVALID: { th: 'การเข้าสู่ระบบหมดอายุหรือไม่ถูกต้อง กรุณาเข้าสู่ระบบใหม่', en: 'Your session has expired or is invalid; please sign in again' },
  FORBIDDEN: { th: 'คุณไม่มีสิทธิ์ใช้งานส่วนนี้', en: 'You are not allowed to do this' },
  INVALID_CREDENTIALS: { th: 'รหัสผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', en: 'Wrong user id or password' },
  ACCOUNT_REVOKED: {
    th: 'รหัสผู้ใช้นี้ถูกยกเลิกเนื่องจากไม่ได้ใช้งานเกิน 6 เดือน กรุณายื่นคำขอใช้รหัสผู้ใช้เดิม (ขอใช้รหัสเดิม) ผ่านสถานพยาบาลคู่สัญญาหลัก',
    en: 'This user id was revoked after 6 months without use. Ask your main contractor hospital to file a "reuse old user id" request.',
  },
  ACCOUNT_CANCELLED: {
    th: 'รหัสผู้ใช้นี้ถูกยกเลิกตามคำขอแล้ว หากต้องการใช้งานอีก กรุณายื่นคำขอรหัสผู้ใช้ใหม่ผ่านสถานพยาบาลคู่สัญญาหลัก',
    en: 'This user id was cancelled on request. To use the system again, file a request for a new user id through your main contractor hospital.',
  },
  ACCOUNT_NOT_ACTIVATED: { th: 'รหัสผู้ใช้นี้ยังไม่ได้เปิดใช้งาน กรุณาใช้ลิงก์เปิดใช้งานในอีเมล', en: 'This user id is not activated yet; use the activation link in your e-mail' },
  ACTIVATION_INVALID: { th: 'ลิงก์เปิดใช้งานไม่ถูกต้อง หมดอายุ หรือถูกใช้ไปแล้ว', en: 'The activation link is invalid, expired or already used' },
  CONFLICT: { th: 'ข้อมูลถูกเปลี่ยนแปลงไปแล้ว กรุณาลองใหม่', en: 'The data changed meanwhile; please try again' },
  TEMPORARILY_UNAVAILABLE: { th: 'ระบบมีผู้ใช้งานจำนวนมาก กรุณาลองใหม่อีกครั้งในอีกสักครู่', en: 'The service is busy; please try again in a moment' },
  INTERNAL: { th: 'ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง', en: 'Something went wrong on our side; please try again' },
  CALENDAR_NOT_LOADED: { th: 'ยังไม่มีปฏิทินวันหยุดราชการของปีนี้', en: 'The official holiday list for this year is not loaded' },
  // field messages
  REQUIRED: { th: 'กรุณากรอกข้อมูลช่องนี้', en: 'This field is required' },
  INVALID_TYPE: { th: 'รูปแบบข้อมูลไม่ถูกต้อง', en: 'Wrong type of value' },
  INVALID_VALUE: { th: 'ค่าที่กรอกไม่ถูกต้อง', en: 'Invalid value' },
  INVALID_OPTION: { th: 'กรุณาเลือกจากตัวเลือกที่กำหนด', en: 'Choose one of the allowed options' },
  TOO_SHORT: { th: 'ข้อมูลสั้นเกินไป', en: 'Too short' },
  TOO_LONG: { th: 'ข้อมูลยาวเกินไป', en: 'Too long' },
  TOO_SMALL: { th: 'ค่าน้อยเกินไป', en: 'Too small' },
  TOO_BIG: { th: 'ค่ามากเกินไป', en: 'Too big' },
  UNKNOWN_FIELD: { th: 'มีช่องข้อมูลที่ระบบไม่รู้จัก', en: 'Unknown field' },
  INVALID_DATE: { th: 'วันที่ไม่ถูกต้อง (รูปแบบ ปปปป-ดด-วว)', en: 'Invalid date (YYYY-MM-DD)' },
  INVALID_INSTANT: { th: 'วันเวลาไม่ถูกต้อง (ISO 8601 พร้อมเขตเวลา)', en: 'Invalid date-time (ISO 8601 with offset)' },
  INVALID_EMAIL: { th: 'อีเมลไม่ถูกต้อง', en: 'Invalid e-mail address' },
  PROVINCE_CODE_FORMAT: { th: 'รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก', en: 'A province code has 2 digits' },
} satisfies Catalog;
