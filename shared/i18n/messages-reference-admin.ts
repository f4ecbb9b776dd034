// Messages of reference data administration (registry import, offices, topics, SLA policy,
// calendars, admin notices), in Thai and English, keyed by the codes the API answers with.
// Notices carry `{name}` placeholders filled from their params.
import type { Catalog } from './catalog';

export const referenceAdminMessages = {
  // the request itself
  MEDIA_TYPE_TEXT_CSV: { th: 'กรุณาส่งไฟล์ในรูปแบบ text/csv (UTF-8)', en: 'Send the file as text/csv (UTF-8)' },
  // hospital registry import
  IMPORT_HAS_ERRORS: {
    th: 'ไฟล์ทะเบียนสถานพยาบาลมีข้อมูลไม่ถูกต้อง ระบบยังไม่ได้บันทึกข้อมูลใด ๆ กรุณาแก้ไขตามบรรทัดที่ระบุแล้วนำเข้าใหม่',
    en: 'The hospital registry file has errors; nothing was saved. Fix the lines listed and import it again',
  },
  CSV_MALFORMED: { th: 'ไฟล์ CSV ไม่ถูกต้อง (เช่น เครื่องหมายคำพูดไม่ครบคู่)', en: 'The CSV file is malformed (e.g. an unclosed quote)' },
  CSV_HEADER_MISSING: {
    th: 'ไฟล์ต้องเริ่มด้วยบรรทัดหัวตาราง code,hcode,nameTh,nameEn,provinceCode,kind,mainContractorCode,officeCode',
    en: 'The file must start with the header code,hcode,nameTh,nameEn,provinceCode,kind,mainContractorCode,officeCode',
  },
  CSV_COLUMN_MISSING: { th: 'หัวตารางขาดคอลัมน์นี้', en: 'The header lacks this column' },
  CSV_COLUMN_UNKNOWN: { th: 'หัวตารางมีคอลัมน์ที่ระบบไม่รู้จัก', en: 'The header has a column the import does not know' },
  CSV_COLUMN_DUPLICATE: { th: 'หัวตารางมีคอลัมน์นี้ซ้ำ', en: 'The header has this column twice' },
  CSV_FIELD_COUNT: { th: 'จำนวนช่องในบรรทัดนี้ไม่ตรงกับหัวตาราง', en: 'This line has a different number of fields than the header' },
  SSO_HOSPITAL_CODE_FORMAT: { th: 'รหัสสถานพยาบาลของสำนักงานประกันสังคมต้องเป็นตัวเลข 7 หลัก', en: 'An SSO hospital code has 7 digits' },
  HCODE_FORMAT: {
    th: 'รหัสหน่วยบริการสุขภาพต้องเป็นตัวเลข 5 หลัก (หรือ 9 ตัวอักษรและตัวเลขสำหรับหน่วยบริการใหม่)',
    en: 'A health service unit code (hcode) has 5 digits (or 9 letters and digits for a new unit)',
  },
  UNKNOWN_PROVINCE: { th: 'ไม่มีจังหวัดที่ใช้รหัสนี้', en: 'No province has this code' },
  HOSPITAL_KIND_FORMAT: { th: 'ประเภทต้องเป็น main (สถานพยาบาลหลัก) หรือ network (สถานพยาบาลเครือข่าย)', en: 'The kind is main or network' },
  MAIN_CONTRACTOR_REQUIRED: { th: 'สถานพยาบาลเครือข่ายต้องระบุรหัสสถานพยาบาลหลัก', en: 'A network hospital names its main contractor' },
  MAIN_CONTRACTOR_NOT_ALLOWED: { th: 'สถานพยาบาลหลักต้องไม่มีรหัสสถานพยาบาลหลัก', en: 'A main hospital has no main contractor' },
  MAIN_CONTRACTOR_UNKNOWN: {
    th: 'สถานพยาบาลหลักที่ระบุไม่ใช่สถานพยาบาลหลักในไฟล์นี้หรือในทะเบียน',
    en: 'The main contractor named is not a main hospital in this file or in the registry',
  },
  MAIN_CONTRACTOR_HAS_NETWORK: {
    th: 'เปลี่ยนเป็นสถานพยาบาลเครือข่ายไม่ได้ เพราะยังมีสถานพยาบาลเครือข่ายในทะเบียนที่อยู่ภายใต้สถานพยาบาลนี้',
    en: 'Cannot become a network hospital: registry network hospitals still name it as their main contractor',
  },
  DUPLICATE_CODE_IN_FILE: { th: 'รหัสสถานพยาบาลนี้ซ้ำกับบรรทัดก่อนหน้าในไฟล์', en: 'This hospital code is on an earlier line of the file too' },
  DUPLICATE_HCODE_IN_FILE: { th: 'รหัสหน่วยบริการนี้ซ้ำกับบรรทัดก่อนหน้าในไฟล์', en: 'This hcode is on an earlier line of the file too' },
  HCODE_TAKEN: { th: 'รหัสหน่วยบริการนี้เป็นของสถานพยาบาลอื่นในทะเบียนแล้ว', en: 'Another hospital in the registry has this hcode' },
  // offices, topics, SLA policy, calendars
  OFFICE_NOT_FOUND: { th: 'ไม่พบสำนักงานนี้', en: 'No such office' },
  OFFICE_CODE_FORMAT: { th: 'รหัสสำนักงานไม่ถูกต้อง (เช่น BKK-01, PRV-50)', en: 'Invalid office code (e.g. BKK-01, PRV-50)' },
  TOPIC_CODE_FORMAT: {
    th: 'รหัสหัวข้อต้องเป็นอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือ - ยาว 2–40 ตัว',
    en: 'A topic code has 2–40 lower-case letters, digits or dashes',
  },
  SLA_POLICY_EMPTY: { th: 'นโยบายกำหนดเวลาต้องมีอย่างน้อยหนึ่งขั้นตอน', en: 'The SLA policy needs at least one stage' },
  SLA_STAGE_TWICE: { th: 'แต่ละขั้นตอนระบุได้ครั้งเดียว', en: 'Each stage may appear once' },
  SLA_DAYS_WHOLE_NUMBER: { th: 'กำหนดเวลาเป็นวันต้องเป็นจำนวนเต็ม', en: 'A target in days must be a whole number' },
  CALENDAR_EMPTY: {
    th: 'ปฏิทินวันหยุดต้องมีวันหยุดอย่างน้อยหนึ่งวัน ระบบไม่ได้บันทึกปฏิทินว่าง',
    en: 'A holiday list needs at least one holiday; an empty list was not saved',
  },
  // admin notices (GET /api/admin/notices)
  NEXT_YEAR_CALENDAR_MISSING: {
    th: 'ยังไม่ได้บันทึกปฏิทินวันหยุดราชการปี พ.ศ. {yearBE} กรุณาบันทึกตามประกาศก่อนสิ้นปี',
    en: 'The official holiday list for {year} is not loaded yet; load it as announced before the year ends',
  },
  THIS_YEAR_CALENDAR_MISSING: {
    th: 'ยังไม่มีปฏิทินวันหยุดราชการปี พ.ศ. {yearBE} กำหนดเวลาเรื่องร้องเรียนจึงเป็นกำหนดเวลาชั่วคราว กรุณาบันทึกโดยเร็ว',
    en: 'The official holiday list for {year} is missing, so complaint deadlines are provisional; load it soon',
  },
  OFFICE_HAS_NO_MAILBOX: {
    th: '{nameTh} ({officeCode}) ยังไม่มีอีเมล จึงไม่ได้รับแจ้งเรื่องร้องเรียนทางอีเมล',
    en: '{nameEn} ({officeCode}) has no mailbox, so it gets no complaint e-mails',
  },
} satisfies Catalog;
