// Which SSO office handles a complaint: the office responsible for the hospital's area.

export const BANGKOK_PROVINCE_CODE = '10';

const BANGKOK_AREA_OFFICE = /^BKK-(0[1-9]|1[0-2])$/; // Bangkok area offices 1–12
const PROVINCE_CODE = /^\d{2}$/; // DOPA code, 10 Bangkok … 96 Narathiwat

/** The complaint names a hospital that the registry does not know, so no office can take it. */
export class UnknownHospitalError extends Error {
  override readonly name = 'UnknownHospitalError';
  readonly code = 'unknown-hospital';

  constructor(readonly hospitalCode?: string) {
    super(hospitalCode ? `Unknown hospital ${hospitalCode}` : 'Unknown hospital');
  }
}

/** Routes to the office recorded for the hospital in the registry (looked up by the caller). */
export function routeComplaint(
  hospital: { code: string; officeCode: string } | undefined,
  hospitalCode?: string,
): { officeCode: string } {
  if (!hospital) throw new UnknownHospitalError(hospitalCode);
  return { officeCode: hospital.officeCode };
}

/**
 * The office for a province: Bangkok is split among area offices BKK-01…BKK-12 (which one is
 * a fact about the hospital, so it must be given); every other province has its own PRV-<code>.
 */
export function officeForProvince(provinceCode: string, bangkokAreaOffice?: string): string {
  if (!PROVINCE_CODE.test(provinceCode)) throw new RangeError(`Not a province code: ${provinceCode}`);
  if (provinceCode !== BANGKOK_PROVINCE_CODE) return `PRV-${provinceCode}`;
  if (bangkokAreaOffice === undefined || !BANGKOK_AREA_OFFICE.test(bangkokAreaOffice)) {
    throw new RangeError(`A Bangkok hospital needs its area office BKK-01…BKK-12, got ${bangkokAreaOffice ?? 'none'}`);
  }
  return bangkokAreaOffice;
}
