// Every SSO office complaints are routed to or brought in: the central units, the 12 Bangkok area
// offices and one provincial office per province outside Bangkok (PRV-<DOPA code>). Shipped data:
// loaded into an empty system on deploy and by the local stack. No mailboxes here: an office's
// address is deploy-time configuration (config/office-mailboxes.example.json) or set by an admin.
import type { Office } from '../schemas/reference';
import { BANGKOK_PROVINCE_CODE, PROVINCES } from './provinces';

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const thaiDigits = (n: number) => String(n).replace(/\d/g, (d) => THAI_DIGITS[Number(d)]!);

export const BANGKOK_AREA_COUNT = 12;

export const CENTRAL_OFFICES: readonly Office[] = [
  { officeCode: 'INFO', nameTh: 'ศูนย์สารนิเทศ สำนักงานประกันสังคม', nameEn: 'SSO Information Center', kind: 'information-center' },
  { officeCode: 'MSB', nameTh: 'สำนักจัดระบบบริการทางการแพทย์', nameEn: 'Medical Services Bureau', kind: 'bureau' },
  { officeCode: 'LEGAL', nameTh: 'กองกฎหมาย', nameEn: 'Legal Division', kind: 'division' },
];

export const BANGKOK_AREA_OFFICES: readonly Office[] = Array.from({ length: BANGKOK_AREA_COUNT }, (_, i): Office => ({
  officeCode: `BKK-${String(i + 1).padStart(2, '0')}`,
  nameTh: `สำนักงานประกันสังคมกรุงเทพมหานครพื้นที่ ${thaiDigits(i + 1)}`,
  nameEn: `SSO Bangkok Area Office ${i + 1}`,
  kind: 'bangkok-area',
}));

/** `PRV-50` for Chiang Mai: the office code of a province outside Bangkok. */
export const provincialOfficeCode = (provinceCode: string) => `PRV-${provinceCode}`;

export const PROVINCIAL_OFFICES: readonly Office[] = PROVINCES.filter((p) => p.code !== BANGKOK_PROVINCE_CODE).map(
  (p): Office => ({
    officeCode: provincialOfficeCode(p.code),
    nameTh: `สำนักงานประกันสังคมจังหวัด${p.nameTh}`,
    nameEn: `SSO ${p.nameEn} Provincial Office`,
    kind: 'provincial',
  }),
);

export const SHIPPED_OFFICES: readonly Office[] = [...CENTRAL_OFFICES, ...BANGKOK_AREA_OFFICES, ...PROVINCIAL_OFFICES];
