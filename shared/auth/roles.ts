// The roles of API.md, and who counts as SSO staff.
export const ROLES = [
  'hospital',
  'info-center',
  'area-office',
  'medical-bureau',
  'legal',
  'committee',
  'credentials-officer',
  'awards-officer',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'hospital');

export interface Principal {
  userId: string;
  roles: Role[];
  hospitalCode?: string;
  officeCode?: string;
}

export function hasAnyRole(principal: Principal, allowed: readonly Role[]): boolean {
  return principal.roles.some((r) => allowed.includes(r));
}
