// Request builders for the integration tests: a valid body, with overrides.
export const uniq = () => Math.random().toString(36).slice(2, 8);

export const aCredentialRequest = (overrides: Record<string, unknown> = {}) => ({
  nationalId: '1-1017-00230-70-8',
  title: 'นางสาว',
  firstNameTh: 'สมหญิง',
  lastNameTh: 'ใจดี',
  firstNameEn: 'Somying',
  lastNameEn: 'Jaidee',
  position: 'เจ้าหน้าที่ตรวจสอบสิทธิ',
  hospitalCode: '1000001',
  networkHospitalCode: '1000101',
  purpose: 'new',
  phone: '081-234-5678',
  email: `somying.${uniq()}@hospital.example`,
  ...overrides,
});

export const aComplaint = (overrides: Record<string, unknown> = {}) => ({
  channel: 'web',
  hospitalCode: '1000002',
  topic: 'waiting-time',
  description: `รอตรวจนานกว่า 4 ชั่วโมง โดยไม่มีการแจ้งเหตุผล 😡 ${uniq()}`,
  complainant: { name: 'นายประกันตน ทดสอบ', phone: '0812345678', email: `complainant.${uniq()}@example.com` },
  ...overrides,
});
