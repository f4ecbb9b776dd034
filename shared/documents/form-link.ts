// The short-lived link to a credential request's printable form: a signed, expiring token in the
// URL (HS256 with the session signing keys, its own audience, so it is never a session token and a
// session token is never a form link). Whoever holds the link within its minutes may fetch the form.
import { SignJWT, decodeProtectedHeader, jwtVerify } from 'jose';
import { signingKeys, verificationKey } from '../auth/signing-keys';
import { config } from '../config';

const ISSUER = 'sso-hospital-services';
const AUDIENCE = 'credential-request-form';
export const FORM_LINK_MINUTES = 30;

export const formPath = (requestId: string) => `/api/credential-requests/${requestId}/form.pdf`;

/** The link to the request's form, valid for FORM_LINK_MINUTES. */
export async function formLink(requestId: string, now = new Date()): Promise<{ url: string; expiresAt: string }> {
  const exp = Math.floor(now.getTime() / 1000) + FORM_LINK_MINUTES * 60;
  const { current } = await signingKeys(now.getTime());
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', kid: current.id })
    .setSubject(requestId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(exp)
    .sign(current.key);
  return { url: `${config().SITE_URL}${formPath(requestId)}?token=${token}`, expiresAt: new Date(exp * 1000).toISOString() };
}

/** The request id a form link was made for, or undefined when the token is not a valid, unexpired one of ours. */
export async function requestIdOfFormToken(token: string): Promise<string | undefined> {
  try {
    const { kid } = decodeProtectedHeader(token);
    const key = typeof kid === 'string' ? await verificationKey(kid) : undefined;
    if (!key) return undefined;
    const { payload } = await jwtVerify(token, key.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    return payload.sub;
  } catch {
    return undefined;
  }
}
