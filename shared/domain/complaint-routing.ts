// Which SSO office handles a complaint: the office responsible for the hospital's area.

/** Routes to the office recorded for the hospital in the registry (looked up, and checked to exist, by the caller). */
export function routeComplaint(hospital: { code: string; officeCode: string }): { officeCode: string } {
  return { officeCode: hospital.officeCode };
}
