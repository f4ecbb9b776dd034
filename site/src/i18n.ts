// The site's words, Thai first with English; the choice is kept in localStorage.
import type { Lang } from '../../shared/i18n/lang';

const dict = {
  skip: { th: 'ข้ามไปยังเนื้อหา', en: 'Skip to content' },
  brandMark: { th: 'สปส.', en: 'SSO' },
  appName: { th: 'บริการสถานพยาบาล', en: 'Hospital services' },
  orgName: { th: 'สำนักงานประกันสังคม', en: 'Social Security Office' },
  navHospital: { th: 'สำหรับสถานพยาบาล', en: 'Hospitals' },
  navComplaint: { th: 'ร้องเรียน', en: 'Complaints' },
  navAwards: { th: 'สถานพยาบาลในดวงใจ', en: 'Hospital of the Heart' },
  navStaff: { th: 'เจ้าหน้าที่', en: 'Staff' },
  logout: { th: 'ออกจากระบบ', en: 'Sign out' },
  footer: { th: 'สำนักงานประกันสังคม กระทรวงแรงงาน · สายด่วน 1506', en: 'Social Security Office, Ministry of Labour · Hotline 1506' },
  homeTitle: { th: 'บริการออนไลน์สำหรับสถานพยาบาลและผู้ประกันตน', en: 'Online services for hospitals and insured persons' },
  homeLead: {
    th: 'ยื่นคำขอรหัสผู้ใช้ระบบตรวจสอบสิทธิ ส่งใบสมัครสถานพยาบาลในดวงใจ และร้องเรียนการให้บริการของสถานพยาบาล ได้ในที่เดียว',
    en: 'Request entitlement-check user ids, apply for the Hospital of the Heart award and file complaints about hospital services, in one place.',
  },
  cardHospitalTitle: { th: 'สถานพยาบาล', en: 'Hospitals' },
  cardHospitalText: { th: 'ขอรหัสผู้ใช้ระบบตรวจสอบสิทธิการรักษาพยาบาล และส่งใบสมัครรางวัล', en: 'Request entitlement-check user ids and apply for the award' },
  cardComplaintTitle: { th: 'ผู้ประกันตนและประชาชน', en: 'Insured persons and the public' },
  cardComplaintText: { th: 'ร้องเรียนการให้บริการของสถานพยาบาล และติดตามผลด้วยรหัสติดตาม', en: 'Complain about a hospital and follow your case with a tracking code' },
  cardStaffTitle: { th: 'เจ้าหน้าที่สำนักงานประกันสังคม', en: 'SSO staff' },
  cardStaffText: { th: 'คิวงานคำขอรหัสผู้ใช้ เรื่องร้องเรียน และการคัดเลือกรางวัล', en: 'Queues for credential requests, complaints and award selection' },
  open: { th: 'เข้าสู่บริการ', en: 'Open' },
  loginTitle: { th: 'เข้าสู่ระบบ', en: 'Sign in' },
  userId: { th: 'รหัสผู้ใช้', en: 'User id' },
  password: { th: 'รหัสผ่าน', en: 'Password' },
  signIn: { th: 'เข้าสู่ระบบ', en: 'Sign in' },
  hospitalTitle: { th: 'บริการสำหรับสถานพยาบาล', en: 'Services for hospitals' },
  staffTitle: { th: 'ระบบงานเจ้าหน้าที่', en: 'Staff console' },
  notFound: { th: 'ไม่พบหน้าที่ต้องการ', en: 'Page not found' },
  networkError: { th: 'ติดต่อระบบไม่ได้ กรุณาลองใหม่อีกครั้ง', en: 'Could not reach the service; please try again' },
  required: { th: 'กรุณากรอกข้อมูลช่องนี้', en: 'This field is required' },
  changePassword: { th: 'เปลี่ยนรหัสผ่าน', en: 'Change password' },
  forgotPassword: { th: 'ลืมรหัสผ่าน?', en: 'Forgot your password?' },
  signedInAs: { th: 'ผู้ใช้', en: 'Signed in as' },
  menu: { th: 'เมนู', en: 'Menu' },
  mainMenu: { th: 'เมนูหลัก', en: 'Main menu' },
  metaDescription: {
    th: 'ยื่นคำขอรหัสผู้ใช้ระบบตรวจสอบสิทธิ สมัครรางวัลสถานพยาบาลในดวงใจ และร้องเรียนการให้บริการของสถานพยาบาล กับสำนักงานประกันสังคม',
    en: 'Request entitlement-check user ids, apply for the Hospital of the Heart award and complain about hospital services, with the Social Security Office.',
  },
  comingSoon: { th: 'บริการนี้กำลังจะเปิดให้ใช้งาน', en: 'This service is coming soon' },
} satisfies Record<string, Record<Lang, string>>;

export type Key = keyof typeof dict;

let current: Lang = (localStorage.getItem('lang') as Lang | null) === 'en' ? 'en' : 'th';

export const lang = (): Lang => current;
export const t = (key: Key): string => dict[key][current];

/**
 * Words written in place, Thai then English: the one helper every page and module uses (ten used to
 * define their own). It lives here, in the entry's chunk, so a page that needs only this does not
 * load the labels chunk.
 */
export const L = (th: string, en: string): string => (current === 'th' ? th : en);

export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem('lang', next);
  document.documentElement.lang = next;
}

/** Fills every element marked `data-i18n` (its text) or `data-i18n-label` (its aria-label) under `root`. */
export function translate(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    const key = el.dataset.i18n as Key;
    if (key in dict) el.textContent = t(key);
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => {
    const key = el.dataset.i18nLabel as Key;
    if (key in dict) el.setAttribute('aria-label', t(key));
  });
}
