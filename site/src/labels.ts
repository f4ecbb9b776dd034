// The words the site shows for the API's codes (roles, account states, office kinds, SLA stages,
// audit actions), Thai first with English, typed against the shared lists so none is missed, and
// the API's own messages (the shared catalogue, by area) with their `{name}` placeholders filled.
import type { Role } from '../../shared/auth/roles';
import type { SlaStage } from '../../shared/domain/complaint-deadlines';
import type { Catalog } from '../../shared/i18n/catalog';
import { commonMessages } from '../../shared/i18n/messages-common';
import { COMPLAINT_CHANNEL_WORDS, COMPLAINT_OUTCOME_WORDS } from '../../shared/i18n/complaint-words';
import type { Hospital, Office } from '../../shared/schemas/reference';
import { api } from './api';
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

/** A complaint's state, and its SLA stages' (done, cancelled). */
export const COMPLAINT_STATUS: Record<string, Words> = {
  open: { th: 'กำลังดำเนินการ', en: 'In progress' },
  paused: { th: 'หยุดนับเวลาชั่วคราว', en: 'Paused' },
  closed: { th: 'ยุติเรื่องแล้ว', en: 'Closed' },
  done: { th: 'เสร็จแล้ว', en: 'Done' },
  cancelled: { th: 'ไม่ต้องดำเนินการ', en: 'Not needed' },
};
export const complaintStatusName = (code: string): string => say(COMPLAINT_STATUS[code], code);
export const slaStageName = (code: string): string => say(SLA_STAGE_NAMES[code as SlaStage], code);

export const COMPLAINT_OUTCOMES: Record<string, Words> = COMPLAINT_OUTCOME_WORDS;
export const outcomeName = (code: string): string => say(COMPLAINT_OUTCOMES[code], code);

export const COMPLAINT_EVENTS: Record<string, Words> = {
  received: { th: 'รับเรื่อง', en: 'Received' },
  routed: { th: 'ส่งต่อหน่วยงาน', en: 'Routed' },
  acknowledged: { th: 'ติดต่อผู้ร้องแล้ว', en: 'Complainant contacted' },
  reported: { th: 'แจ้งผลผู้ร้องแล้ว', en: 'Outcome reported to the complainant' },
  paused: { th: 'หยุดนับเวลา', en: 'Paused' },
  resumed: { th: 'นับเวลาต่อ', en: 'Resumed' },
  closed: { th: 'ยุติเรื่อง', en: 'Closed' },
  note: { th: 'บันทึก', en: 'Note' },
  escalated: { th: 'ขอความร่วมมือหน่วยงาน', en: 'Escalated' },
  rerouted: { th: 'เปลี่ยนหน่วยงานรับผิดชอบ', en: 'Rerouted' },
  reminded: { th: 'แจ้งเตือนใกล้ครบกำหนด', en: 'Reminder sent' },
  breached: { th: 'เกินกำหนด ส่งเรื่องถึงผู้บังคับบัญชา', en: 'Deadline missed, escalated' },
};
export const eventName = (code: string): string => say(COMPLAINT_EVENTS[code], code);

export const CHANNELS: Record<string, Words> = COMPLAINT_CHANNEL_WORDS;
export const channelName = (code: string): string => say(CHANNELS[code], code);

export const PAUSE_REASONS: Record<string, Words> = {
  'awaiting-hospital-explanation': { th: 'รอคำชี้แจงจากสถานพยาบาล', en: "Waiting for the hospital's explanation" },
  'awaiting-complainant': { th: 'รอข้อมูลจากผู้ร้องเรียน', en: 'Waiting for the complainant' },
  'awaiting-documents': { th: 'รอเอกสาร', en: 'Waiting for documents' },
  'awaiting-other-agency': { th: 'รอหน่วยงานอื่น', en: 'Waiting for another agency' },
};
export const pauseReasonName = (code: string): string => say(PAUSE_REASONS[code], code);

/** Credential requests: what is asked, and where the request stands. */
export const CREDENTIAL_PURPOSES = {
  new: { th: 'ขอรหัสผู้ใช้ใหม่', en: 'New user id' },
  reuse: { th: 'ขอใช้รหัสผู้ใช้เดิม (ถูกยกเลิกเพราะไม่ได้ใช้งานเกิน 6 เดือน)', en: 'Reuse an old user id (revoked after 6 months unused)' },
  cancel: { th: 'ขอยกเลิกรหัสผู้ใช้', en: 'Cancel a user id' },
} as const satisfies Record<string, Words>;
export const CREDENTIAL_STATUS = {
  draft: { th: 'ยังไม่ได้ยื่น', en: 'Draft' },
  submitted: { th: 'ยื่นแล้ว รอพิจารณา', en: 'Submitted, awaiting decision' },
  approved: { th: 'อนุมัติแล้ว', en: 'Approved' },
  rejected: { th: 'ไม่อนุมัติ', en: 'Not approved' },
} as const satisfies Record<string, Words>;
/** A status the API names as a plain string (a decision's answer), in words; one the site does not know shows as its code. */
export const credentialStatusName = (code: string): string => say((CREDENTIAL_STATUS as Record<string, Words>)[code], code);
export const CREDENTIAL_ACTIONS: Record<string, Words> = {
  created: { th: 'สร้างคำขอ', en: 'Request created' },
  submitted: { th: 'ยื่นคำขอ', en: 'Request submitted' },
  approve: { th: 'อนุมัติ', en: 'Approved' },
  reject: { th: 'ไม่อนุมัติ', en: 'Rejected' },
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

/**
 * The catalogues `message` reads: the common messages (required, too long, invalid e-mail…), then
 * each area's (shared/i18n/messages-<area>.ts) that a module asked for with `useMessages`. Only the
 * modules that say an area's codes themselves bundle its words (the whole catalogue is 47 KB of
 * text, awards the largest part, which no page says itself: the API's problems carry their text).
 */
const catalogs: Catalog[] = [commonMessages];

/** Makes an area's messages available to `message`; called at the top of each module that says that area's codes. */
export function useMessages(...areas: Catalog[]): void {
  for (const area of areas) if (!catalogs.includes(area)) catalogs.push(area);
}

/** The API's message for a code in the current language, `{name}` placeholders filled from params; an unknown code says "invalid value", as the API does. */
export function message(code: string, params: Record<string, unknown> = {}): string {
  const words = catalogs.find((c) => Object.hasOwn(c, code))?.[code] ?? commonMessages.INVALID_VALUE;
  return words[lang()].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/** Names of hospitals and offices by code, fetched once per page load (public lists, cached by the browser). */
export interface Directory {
  hospital(code: string): string;
  office(code: string): string;
}

let directory: Promise<{ hospitals: Map<string, Words>; offices: Map<string, Words> }> | undefined;

/** "name (code)" for staff, who need the code too; the bare code when the lists are unavailable. */
export async function loadDirectory(): Promise<Directory> {
  directory ??= Promise.all([
    api<Hospital[]>('GET', '/hospitals').catch((): Hospital[] => []),
    api<Office[]>('GET', '/offices').catch((): Office[] => []),
  ]).then(([hs, os]) => ({
    hospitals: new Map(hs.map((x) => [x.code, { th: x.nameTh, en: x.nameEn }])),
    offices: new Map(os.map((x) => [x.officeCode, { th: x.nameTh, en: x.nameEn }])),
  }));
  const { hospitals, offices } = await directory;
  const named = (w: Words | undefined, code: string) => (w ? `${w[lang()]} (${code})` : code);
  return { hospital: (code) => named(hospitals.get(code), code), office: (code) => named(offices.get(code), code) };
}
