import { describe, expect, it } from 'vitest';
import { BANGKOK_PROVINCE_CODE, PROVINCES, SHIPPED_OFFICES, SHIPPED_REFERENCE_DATA } from '../../../shared/reference-data';
import { slaPolicySchema } from '../../../shared/domain/complaint-deadlines';
import { officeSchema } from '../../../shared/schemas/reference';

const byKind = (kind: string) => SHIPPED_OFFICES.filter((o) => o.kind === kind);

describe('shipped provinces', () => {
  it('are the 77 provinces, each with a unique 2-digit DOPA code from 10 Bangkok to 96 Narathiwat', () => {
    expect(PROVINCES).toHaveLength(77);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(77);
    for (const p of PROVINCES) expect(p.code).toMatch(/^[1-9]\d$/);
    expect(PROVINCES[0]).toEqual({ code: '10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok' });
    expect(PROVINCES.at(-1)).toEqual({ code: '96', nameTh: 'นราธิวาส', nameEn: 'Narathiwat' });
  });

  it('carry the official codes of well-known provinces', () => {
    const name = (code: string) => PROVINCES.find((p) => p.code === code)?.nameTh;
    expect(name('11')).toBe('สมุทรปราการ');
    expect(name('12')).toBe('นนทบุรี');
    expect(name('20')).toBe('ชลบุรี');
    expect(name('30')).toBe('นครราชสีมา');
    expect(name('38')).toBe('บึงกาฬ');
    expect(name('40')).toBe('ขอนแก่น');
    expect(name('50')).toBe('เชียงใหม่');
    expect(name('83')).toBe('ภูเก็ต');
    expect(name('90')).toBe('สงขลา');
  });

  it('have Thai and English names, none twice', () => {
    expect(new Set(PROVINCES.map((p) => p.nameTh)).size).toBe(77);
    expect(new Set(PROVINCES.map((p) => p.nameEn)).size).toBe(77);
    for (const p of PROVINCES) {
      expect(p.nameTh).toMatch(/^[\u0E00-\u0E7F]+$/);
      expect(p.nameEn).toMatch(/^[A-Z][A-Za-z ]+$/);
    }
  });
});

describe('shipped offices', () => {
  it('are 3 central units, 12 Bangkok area offices and 76 provincial offices', () => {
    expect(SHIPPED_OFFICES).toHaveLength(91);
    expect(byKind('bangkok-area')).toHaveLength(12);
    expect(byKind('provincial')).toHaveLength(76);
    expect(SHIPPED_OFFICES.filter((o) => ['INFO', 'MSB', 'LEGAL'].includes(o.officeCode)).map((o) => o.officeCode)).toEqual(['INFO', 'MSB', 'LEGAL']);
  });

  it('have unique codes, Bangkok areas BKK-01 … BKK-12', () => {
    expect(new Set(SHIPPED_OFFICES.map((o) => o.officeCode)).size).toBe(SHIPPED_OFFICES.length);
    expect(byKind('bangkok-area').map((o) => o.officeCode)).toEqual(Array.from({ length: 12 }, (_, i) => `BKK-${String(i + 1).padStart(2, '0')}`));
    expect(byKind('bangkok-area')[0]!.nameTh).toBe('สำนักงานประกันสังคมกรุงเทพมหานครพื้นที่ ๑');
    expect(byKind('bangkok-area')[11]!.nameTh).toBe('สำนักงานประกันสังคมกรุงเทพมหานครพื้นที่ ๑๒');
  });

  it('have one provincial office per province outside Bangkok, coded PRV-<province code>', () => {
    const outside = PROVINCES.filter((p) => p.code !== BANGKOK_PROVINCE_CODE);
    expect(byKind('provincial').map((o) => o.officeCode).sort()).toEqual(outside.map((p) => `PRV-${p.code}`).sort());
    const chiangMai = SHIPPED_OFFICES.find((o) => o.officeCode === 'PRV-50');
    expect(chiangMai).toEqual({ officeCode: 'PRV-50', nameTh: 'สำนักงานประกันสังคมจังหวัดเชียงใหม่', nameEn: 'SSO Chiang Mai Provincial Office', kind: 'provincial' });
    expect(SHIPPED_OFFICES.find((o) => o.officeCode === 'PRV-38')?.nameTh).toBe('สำนักงานประกันสังคมจังหวัดบึงกาฬ');
  });

  it('have Thai and English names and no mailbox (addresses are deploy-time configuration)', () => {
    for (const office of SHIPPED_OFFICES) {
      expect(officeSchema.parse(office)).toEqual(office);
      expect(office.nameTh).toMatch(/[\u0E00-\u0E7F]/);
      expect(office.nameEn).toMatch(/^[A-Za-z0-9 ]+$/);
      expect(office).not.toHaveProperty('email');
    }
  });
});

describe('the shipped reference data', () => {
  it('holds no e-mail address anywhere', () => {
    expect(JSON.stringify(SHIPPED_REFERENCE_DATA)).not.toMatch(/@/);
  });

  it('holds the complaint topics, a valid SLA policy and the official calendars', () => {
    expect(SHIPPED_REFERENCE_DATA.complaintTopics.length).toBeGreaterThan(0);
    expect(new Set(SHIPPED_REFERENCE_DATA.complaintTopics.map((t) => t.code)).size).toBe(SHIPPED_REFERENCE_DATA.complaintTopics.length);
    expect(slaPolicySchema.parse(SHIPPED_REFERENCE_DATA.slaPolicy)).toEqual(SHIPPED_REFERENCE_DATA.slaPolicy);
    expect(SHIPPED_REFERENCE_DATA.calendars.map((c) => c.year)).toContain(2026);
  });
});
