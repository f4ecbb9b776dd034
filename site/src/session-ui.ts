// The session corner of the header, and the guard pages use to require a role.
import { saveSession, session, type Session } from './api';
import { t } from './i18n';
import { navigate } from './router';

export function refreshSession(): void {
  const s = session();
  const who = document.getElementById('who')!;
  const logout = document.getElementById('logout')!;
  who.textContent = s ? `${t('signedInAs')}: ${s.user.userId}` : '';
  logout.hidden = !s;
}

export function initSessionUi(): void {
  document.getElementById('logout')!.addEventListener('click', () => {
    saveSession(undefined);
    refreshSession();
    navigate('#/');
  });
  refreshSession();
}

/** The session when it has one of the roles; otherwise sends the user to sign in. */
export function requireRole(roles: string[]): Session | undefined {
  const s = session();
  if (s && s.user.roles.some((r) => roles.includes(r))) return s;
  navigate(`#/login?next=${encodeURIComponent(location.hash)}`);
  return undefined;
}
