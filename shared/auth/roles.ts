// The roles of API.md.
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

export interface Principal {
  userId: string;
  roles: Role[];
  hospitalCode?: string;
  officeCode?: string;
}

export function hasAnyRole(principal: Principal, allowed: readonly Role[]): boolean {
  return principal.roles.some((r) => allowed.includes(r));
}
