// Who may see and act on a complaint. Seeing: an area office its own office's cases; the
// Information Center, the Medical Services Bureau (the overall picture) and admins all; the Legal
// Division the cases it was brought into. Acting: the Information Center and admins on any case;
// an area office on its own office's cases; the Legal Division and the Medical Services Bureau
// only while the case is passed to them (brought in, or escalated to the Bureau by the SLA ladder).
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

/** The SLA escalation ladder reaches the Medical Services Bureau at the third breach. */
export const BUREAU_ESCALATION_LEVEL = 3;

export function canActOnComplaint(p: Principal, c: { officeCode: string; involvedUnits: string[]; breaches?: string[] }): boolean {
  if (p.roles.some((r) => r === 'info-center' || r === 'admin')) return true;
  if (p.roles.includes('area-office') && p.officeCode === c.officeCode) return true;
  if (p.roles.includes('legal') && c.involvedUnits.includes('LEGAL')) return true;
  if (p.roles.includes('medical-bureau') && (c.involvedUnits.includes('MSB') || (c.breaches?.length ?? 0) >= BUREAU_ESCALATION_LEVEL)) return true;
  return false;
}

/** The unit a staff mailbox stands for, when its office record has no address of its own. */
export const CENTRAL_UNIT_MAILBOX = { INFO: 'INFO_CENTER_MAILBOX', MSB: 'MEDICAL_BUREAU_MAILBOX', LEGAL: 'LEGAL_MAILBOX' } as const;
