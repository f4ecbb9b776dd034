// Session tokens: HS256 JWTs (jose) carrying the principal and the account's session epoch: the
// account's epoch moves on whenever its sessions must end (password change or reset, revocation,
// cancellation, disable, re-enable, new roles), and a token of an earlier epoch is refused.
import { SignJWT, decodeProtectedHeader, jwtVerify } from 'jose';
import { ROLES, type Principal, type Role } from './roles';
import { signingKeys, verificationKey } from './signing-keys';

const ISSUER = 'sso-hospital-services';
export const SESSION_HOURS = 8;

export async function issueToken(principal: Principal, sessionEpoch: number, now = new Date()): Promise<{ token: string; expiresAt: string }> {
  const exp = Math.floor(now.getTime() / 1000) + SESSION_HOURS * 3600;
  const { current } = await signingKeys(now.getTime());
  const token = await new SignJWT({
    roles: principal.roles,
    sep: sessionEpoch,
    ...(principal.hospitalCode ? { hospitalCode: principal.hospitalCode } : {}),
    ...(principal.officeCode ? { officeCode: principal.officeCode } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', kid: current.id })
    .setSubject(principal.userId)
    .setIssuer(ISSUER)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(exp)
    .sign(current.key);
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

/** Verifies a token; returns undefined for anything that is not a valid, unexpired token of ours. */
export async function verifyToken(token: string): Promise<(Principal & { sessionEpoch: number }) | undefined> {
  try {
    const { kid } = decodeProtectedHeader(token);
    const key = typeof kid === 'string' ? await verificationKey(kid) : undefined;
    if (!key) return undefined;
    const { payload } = await jwtVerify(token, key.key, { issuer: ISSUER, algorithms: ['HS256'] });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.includes(r as Role)) : [];
    if (!payload.sub || roles.length === 0 || typeof payload.sep !== 'number') return undefined;
    return {
      userId: payload.sub,
      roles,
      sessionEpoch: payload.sep,
      ...(typeof payload.hospitalCode === 'string' ? { hospitalCode: payload.hospitalCode } : {}),
      ...(typeof payload.officeCode === 'string' ? { officeCode: payload.officeCode } : {}),
    };
  } catch {
    return undefined;
  }
}
