// The words the site shows for the API's codes (roles, account states, office kinds, SLA stages,
// audit actions), Thai first with English, typed against the shared lists so none is missed, and
// the API's own messages (shared catalog) with their `{name}` placeholders filled.
import type { Role } from '../../shared/auth/roles';
import type { SlaStage } from '../../shared/domain/complaint-deadlines';
import { t as catalogMessage } from '../../shared/i18n/messages';
import type { Office } from '../../shared/schemas/reference';
import { lang } from './i18n';

export interface Words {
  th: string;
  en: string;
}

export const say = (w: Words | undefined, fallback = ''): string => (w ? w[lang()] : fallback);

export const ROLE_NAMES: Record<Role, Words> = {
  hospital: { th: 'สถานพยาบาล', en: 'Hospital' },
  'info-center': { th: 'ศูนย์สารนิเทศ', en: 'Information Center' },
  'area-office': { th: 'สำนักงานประกันสังคมพื้นที่/จังหวัด', en: 'Area office' },
  'medical-bureau': { th: 'สำนักจัดระบบบริการทางการแพทย์', en: 'Medical Services Bureau' },
  legal: { th: 'กองกฎหมาย', en: 'Legal Division' },
  committee: { th: 'คณะกรรมการคัดเลือกสถานพยาบาลในดวงใจ', en: 'Award committee' },
  'credentials-officer': { th: 'เจ้าหน้าที่ออกรหัสผู้ใช้', en: 'Credentials officer' },
  'awards-officer': { th: 'เจ้าหน้าที่รางวัลสถานพยาบาลในดวงใจ', en: 'Awards officer' },
  admin: { th: 'ผู้ดูแลระบบ', en: 'Administrator' },
};

export const roleName = (role: string): string => say(ROLE_NAMES[role as Role], role);

export type AccountStatus = 'active' | 'pending-activation' | 'disabled' | 'revoked' | 'cancelled';

export const ACCOUNT_STATUS: Record<AccountStatus, Words & { badge: string }> = {
  active: { th: 'ใช้งานได้', en: 'Active', badge: 'ok' },
  'pending-activation': { th: 'รอเปิดใช้งาน', en: 'Waiting for activation', badge: 'pending' },
  disabled: { th: 'ถูกระงับ', en: 'Disabled', badge: 'late' },
  revoked: { th: 'ถูกยกเลิก (ไม่ได้ใช้งาน 6 เดือน)', en: 'Revoked (6 months unused)', badge: 'late' },
  cancelled: { th: 'ยกเลิกตามคำขอ', en: 'Cancelled on request', badge: 'muted' },
};

export const accountStatusName = (status: string): string => say(ACCOUNT_STATUS[status as AccountStatus], status);

export const OFFICE_KINDS: Record<Office['kind'], Words> = {
  'information-center': { th: 'ศูนย์สารนิเทศ', en: 'Information Center' },
  'bangkok-area': { th: 'สำนักงานเขตพื้นที่ กรุงเทพมหานคร', en: 'Bangkok area office' },
  provincial: { th: 'สำนักงานประกันสังคมจังหวัด', en: 'Provincial office' },
  bureau: { th: 'สำนัก', en: 'Bureau' },
  division: { th: 'กอง', en: 'Division' },
};

export const SLA_STAGE_NAMES: Record<SlaStage, Words> = {
  route: { th: 'ส่งต่อหน่วยงานรับผิดชอบ', en: 'Forwarded to the office' },
  acknowledge: { th: 'ติดต่อผู้ร้องเรียน', en: 'Complainant contacted' },
  'report-back': { th: 'แจ้งผลแก่ผู้ร้องเรียน', en: 'Outcome reported' },
};

/** Audit actions; an action not listed shows as its code. */
export const AUDIT_ACTIONS: Record<string, Words> = {
  'account.create': { th: 'สร้างบัญชี', en: 'Account created' },
  'account.update': { th: 'แก้ไขบัญชี', en: 'Account changed' },
  'account.resend-activation': { th: 'ส่งลิงก์เปิดใช้งานใหม่', en: 'Activation link sent again' },
  'office.update': { th: 'แก้ไขข้อมูลสำนักงาน', en: 'Office changed' },
  'topic.create': { th: 'เพิ่มหัวข้อเรื่องร้องเรียน', en: 'Complaint topic added' },
  'topic.update': { th: 'แก้ไขหัวข้อเรื่องร้องเรียน', en: 'Complaint topic changed' },
  'sla-policy.update': { th: 'แก้ไขกำหนดเวลาดำเนินการ', en: 'SLA policy changed' },
  'calendar.load': { th: 'บันทึกปฏิทินวันหยุด', en: 'Holiday list loaded' },
  'calendar.update': { th: 'แก้ไขปฏิทินวันหยุด', en: 'Holiday list corrected' },
  'hospital.create': { th: 'เพิ่มสถานพยาบาล (นำเข้า)', en: 'Hospital added (import)' },
  'hospital.update': { th: 'ปรับปรุงสถานพยาบาล (นำเข้า)', en: 'Hospital updated (import)' },
  'hospital-import.apply': { th: 'นำเข้าทะเบียนสถานพยาบาล', en: 'Hospital registry imported' },
  'hospital-import.failed': { th: 'นำเข้าทะเบียนสถานพยาบาลไม่สำเร็จ', en: 'Hospital registry import failed' },
};

/** The API's message for a code in the current language, `{name}` placeholders filled from params. */
export function message(code: string, params: Record<string, unknown> = {}): string {
  return catalogMessage(code, lang()).replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
