// Messages of complaints, in Thai and English, keyed by the codes the API answers with.
import type { Catalog } from './catalog';

export const complaintMessages = {
  CHANNEL_NEEDS_STAFF: { th: 'เรื่องร้องเรียนจากช่องทางนี้ต้องบันทึกโดยเจ้าหน้าที่', en: 'Complaints from this channel are entered by staff' },
  RECEIVED_IN_FUTURE: { th: 'เวลารับเรื่องต้องไม่อยู่ในอนาคต', en: 'The time received cannot be in the future' },
  UNKNOWN_TOPIC: { th: 'ไม่พบหัวข้อเรื่องร้องเรียนนี้', en: 'Unknown complaint topic' },
  COMPLAINT_NOT_FOUND: { th: 'ไม่พบเรื่องร้องเรียนนี้', en: 'No such complaint' },
  TRACKING_NOT_FOUND: { th: 'ไม่พบรหัสติดตามนี้ กรุณาตรวจสอบอีกครั้ง', en: 'No complaint with this tracking code' },
  COMPLAINT_CLOSED: { th: 'เรื่องร้องเรียนนี้ปิดแล้ว', en: 'This complaint is closed' },
  NOT_PAUSED: { th: 'เรื่องร้องเรียนนี้ไม่ได้หยุดนับเวลาอยู่', en: 'This complaint is not paused' },
  ALREADY_PAUSED: { th: 'เรื่องร้องเรียนนี้หยุดนับเวลาอยู่แล้ว', en: 'This complaint is already paused' },
  OUTCOME_REQUIRED: { th: 'กรุณาระบุผลการดำเนินการ', en: 'Please give the outcome' },
  TARGET_REQUIRED: { th: 'กรุณาระบุหน่วยงานที่ส่งต่อ', en: 'Please give the office to escalate to' },
  UNKNOWN_OFFICE: { th: 'ไม่พบหน่วยงานนี้', en: 'No such office' },
  REPORT_OTHER_OFFICE: { th: 'สำนักงานเขตดูรายงานได้เฉพาะของสำนักงานตนเอง', en: 'An area office can report on its own office only' },
  NAME_NOT_VISIBLE: { th: 'กรุณากรอกชื่อที่อ่านได้ (ไม่ใช่เฉพาะช่องว่างหรืออักขระที่มองไม่เห็น)', en: 'Enter a readable name (not only spaces or invisible characters)' },
  CONTACT_REQUIRED: { th: 'กรุณาให้เบอร์โทรศัพท์หรืออีเมลอย่างน้อยหนึ่งช่องทาง เพื่อให้สำนักงานแจ้งผลกลับได้', en: 'Give a phone number or an e-mail address so the office can report back to you' },
  RECEIVED_TOO_LONG_AGO: { th: 'วันที่รับเรื่องย้อนหลังได้ไม่เกิน 60 วัน', en: 'A complaint may be dated at most 60 days back' },
  NOT_ASSIGNED_TO_YOUR_UNIT: { th: 'หน่วยงานของท่านดำเนินการกับเรื่องนี้ได้เมื่อได้รับมอบหมายหรือส่งต่อมาเท่านั้น', en: 'Your unit can act on this case only once it is assigned or passed to it' },
  REROUTE_INFO_CENTER_ONLY: { th: 'เฉพาะศูนย์สารนิเทศเท่านั้นที่ส่งต่อเรื่องไปยังสำนักงานอื่นได้', en: 'Only the Information Center can reroute a complaint to another office' },
  NOTE_REQUIRED: { th: 'กรุณาระบุข้อความ', en: 'Please write the note' },
  MONTH_OR_YEAR_REQUIRED: { th: 'กรุณาระบุเดือน (month) หรือปีงบประมาณ (fiscalYear) อย่างใดอย่างหนึ่ง', en: 'Give either month or fiscalYear' },
} satisfies Catalog;
