// Which SSO office handles a complaint: the office responsible for the hospital's area.

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
