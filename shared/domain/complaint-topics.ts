// The default complaint topics (admins can replace the list; it is data, not code).
export interface ComplaintTopic {
  code: string;
  nameTh: string;
  nameEn: string;
}

export const DEFAULT_COMPLAINT_TOPICS: ComplaintTopic[] = [
  { code: 'service-quality', nameTh: 'คุณภาพการให้บริการ', nameEn: 'Quality of service' },
  { code: 'staff-conduct', nameTh: 'พฤติกรรมการให้บริการของบุคลากร', nameEn: 'Conduct of staff' },
  { code: 'waiting-time', nameTh: 'ระยะเวลารอคอย', nameEn: 'Waiting time' },
  { code: 'treatment-standard', nameTh: 'มาตรฐานการรักษาพยาบาล', nameEn: 'Standard of treatment' },
  { code: 'refused-entitlement', nameTh: 'ไม่ให้ใช้สิทธิประกันสังคม / ปฏิเสธการรักษา', nameEn: 'Entitlement refused / treatment refused' },
  { code: 'extra-charges', nameTh: 'เรียกเก็บค่าใช้จ่ายเพิ่ม', nameEn: 'Extra charges' },
  { code: 'referral', nameTh: 'การส่งต่อผู้ป่วย', nameEn: 'Referral' },
  { code: 'medicines', nameTh: 'ยาและเวชภัณฑ์', nameEn: 'Medicines and supplies' },
  { code: 'facilities', nameTh: 'อาคารสถานที่และสิ่งอำนวยความสะดวก', nameEn: 'Buildings and facilities' },
  { code: 'other', nameTh: 'อื่น ๆ', nameEn: 'Other' },
];
