// Who may see and act on a complaint: an area office its own office's cases; the Information Center,
// the Medical Services Bureau and admins all; the Legal Division the cases it was brought into.
import type { Principal } from '../auth/roles';

export const COMPLAINT_STAFF_ROLES = ['info-center', 'area-office', 'medical-bureau', 'legal', 'admin'] as const;
/** Offices that can be brought into a case (walk-in escalation) without taking it over. */
export const SUPPORTING_UNITS = ['LEGAL', 'MSB'] as const;

export function canSeeComplaint(p: Principal, c: { officeCode: string; involvedUnits: string[] }): boolean {
  if (p.roles.some((r) => r === 'info-center' || r === 'medical-bureau' || r === 'admin')) return true;
  if (p.roles.includes('area-office') && p.officeCode === c.officeCode) return true;
  if (p.roles.includes('legal') && c.involvedUnits.includes('LEGAL')) return true;
  return false;
}

/** The office filter a principal is held to when listing (undefined: may see every office). */
export function officeScope(p: Principal): string | undefined | 'none' {
  if (p.roles.some((r) => r === 'info-center' || r === 'medical-bureau' || r === 'admin')) return undefined;
  if (p.roles.includes('area-office')) return p.officeCode ?? 'none';
  return 'none';
}
