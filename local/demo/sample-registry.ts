// SAMPLE DATA, not the real SSO registry: fictional hospitals under the real (shipped) offices,
// enough to exercise routing (Bangkok area offices and provincial offices) and the
// main-contractor / network rules locally.
import type { Hospital } from '../../shared/schemas/reference';

type Row = [code: string, hcode: string, nameTh: string, nameEn: string, province: string, office: string, main?: string];

// [code, hcode, Thai name, English name, province, office, main contractor (network hospitals only)]
const ROWS: Row[] = [
  ['1000001', '10001', 'โรงพยาบาลตัวอย่างศรีนคร (ข้อมูลตัวอย่าง)', 'Sample Si Nakhon Hospital (sample)', '10', 'BKK-01'],
  ['1000002', '10002', 'โรงพยาบาลตัวอย่างเจ้าพระยา (ข้อมูลตัวอย่าง)', 'Sample Chao Phraya Hospital (sample)', '10', 'BKK-01'],
  ['1000003', '10003', 'โรงพยาบาลตัวอย่างรัตนโกสินทร์ (ข้อมูลตัวอย่าง)', 'Sample Rattanakosin Hospital (sample)', '10', 'BKK-02'],
  ['1000004', '10004', 'โรงพยาบาลตัวอย่างบางกะปิ (ข้อมูลตัวอย่าง)', 'Sample Bang Kapi Hospital (sample)', '10', 'BKK-05'],
  ['1000005', '10005', 'โรงพยาบาลตัวอย่างธนบุรี (ข้อมูลตัวอย่าง)', 'Sample Thonburi Hospital (sample)', '10', 'BKK-07'],
  ['1200001', '12001', 'โรงพยาบาลตัวอย่างนนทบุรี (ข้อมูลตัวอย่าง)', 'Sample Nonthaburi Hospital (sample)', '12', 'PRV-12'],
  ['5000001', '50001', 'โรงพยาบาลตัวอย่างล้านนา (ข้อมูลตัวอย่าง)', 'Sample Lanna Hospital (sample)', '50', 'PRV-50'],
  ['5000002', '50002', 'โรงพยาบาลตัวอย่างดอยสุเทพ (ข้อมูลตัวอย่าง)', 'Sample Doi Suthep Hospital (sample)', '50', 'PRV-50'],
  ['4000001', '40001', 'โรงพยาบาลตัวอย่างแก่นนคร (ข้อมูลตัวอย่าง)', 'Sample Kaen Nakhon Hospital (sample)', '40', 'PRV-40'],
  ['9000001', '90001', 'โรงพยาบาลตัวอย่างหาดใหญ่ (ข้อมูลตัวอย่าง)', 'Sample Hat Yai Hospital (sample)', '90', 'PRV-90'],
  // network hospitals under the main contractors above
  ['1000101', '10101', 'คลินิกเวชกรรมตัวอย่างสามเสน (ข้อมูลตัวอย่าง)', 'Sample Samsen Clinic (sample)', '10', 'BKK-01', '1000001'],
  ['1000102', '10102', 'คลินิกเวชกรรมตัวอย่างพญาไท (ข้อมูลตัวอย่าง)', 'Sample Phaya Thai Clinic (sample)', '10', 'BKK-01', '1000001'],
  ['1000103', '10103', 'โรงพยาบาลตัวอย่างเครือข่ายดุสิต (ข้อมูลตัวอย่าง)', 'Sample Dusit Network Hospital (sample)', '10', 'BKK-01', '1000002'],
  ['1000104', '10104', 'คลินิกเวชกรรมตัวอย่างวังทองหลาง (ข้อมูลตัวอย่าง)', 'Sample Wang Thonglang Clinic (sample)', '10', 'BKK-05', '1000004'],
  ['1000105', '10105', 'คลินิกเวชกรรมตัวอย่างบางแค (ข้อมูลตัวอย่าง)', 'Sample Bang Khae Clinic (sample)', '10', 'BKK-07', '1000005'],
  ['1200101', '12101', 'คลินิกเวชกรรมตัวอย่างปากเกร็ด (ข้อมูลตัวอย่าง)', 'Sample Pak Kret Clinic (sample)', '12', 'PRV-12', '1200001'],
  ['5000101', '50101', 'โรงพยาบาลตัวอย่างเครือข่ายสันทราย (ข้อมูลตัวอย่าง)', 'Sample San Sai Network Hospital (sample)', '50', 'PRV-50', '5000001'],
  ['5000102', '50102', 'คลินิกเวชกรรมตัวอย่างนิมมาน (ข้อมูลตัวอย่าง)', 'Sample Nimman Clinic (sample)', '50', 'PRV-50', '5000002'],
  ['4000101', '40101', 'คลินิกเวชกรรมตัวอย่างบ้านไผ่ (ข้อมูลตัวอย่าง)', 'Sample Ban Phai Clinic (sample)', '40', 'PRV-40', '4000001'],
  ['9000101', '90101', 'คลินิกเวชกรรมตัวอย่างสะเดา (ข้อมูลตัวอย่าง)', 'Sample Sadao Clinic (sample)', '90', 'PRV-90', '9000001'],
];

export const SAMPLE_HOSPITALS: Hospital[] = ROWS.map(([code, hcode, nameTh, nameEn, provinceCode, officeCode, main]) => ({
  code,
  hcode,
  nameTh,
  nameEn,
  provinceCode,
  officeCode,
  kind: main ? 'network' : 'main',
  email: `h${code}@hospital.example`,
  ...(main ? { mainContractorCode: main } : {}),
}));
