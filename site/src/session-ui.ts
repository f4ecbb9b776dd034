// The session corner of the header, the guard pages use to require a role, and what happens when
// the server ends a session (password changed elsewhere, account disabled): back to sign in, saying why.
import { saveSession, session, SESSION_ENDED_EVENT, type Problem, type Session } from './api';
import { t } from './i18n';
import { navigate } from './router';

export function refreshSession(): void {
  const s = session();
  const who = document.getElementById('who')!;
  const logout = document.getElementById('logout')!;
  const changePassword = document.getElementById('change-password');
  who.textContent = s ? `${t('signedInAs')}: ${s.user.userId}` : '';
  logout.hidden = !s;
  // the header lays out its menu by how much it holds (styles.css)
  document.querySelector('header.top')?.classList.toggle('signed-in', !!s);
  if (changePassword) changePassword.hidden = !s;
}

/** Keeps the signed-in user but swaps in a new token (the answer of a password change). */
export function replaceToken(token: string, expiresAt: string): void {
  const s = session();
  if (s) saveSession({ ...s, token, expiresAt });
}

/** Where sign-in sends the user back to: the page they were on, unless it was a sign-in or password page. */
function currentPageForNext(): string {
  const hash = location.hash || '#/';
  return /^#\/(login|forgot-password|reset-password|activate)/.test(hash) ? '#/' : hash;
}

export function initSessionUi(): void {
  document.getElementById('logout')!.addEventListener('click', () => {
    saveSession(undefined);
    refreshSession();
    navigate('#/');
  });
  window.addEventListener(SESSION_ENDED_EVENT, (e) => {
    const problem = (e as CustomEvent<Problem>).detail;
    refreshSession();
    if (location.hash.startsWith('#/login')) return;
    navigate(`#/login?reason=${encodeURIComponent(problem.code)}&next=${encodeURIComponent(currentPageForNext())}`);
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

/** The session of any signed-in user; otherwise sends the user to sign in. */
export function requireSession(): Session | undefined {
  const s = session();
  if (s) return s;
  navigate(`#/login?next=${encodeURIComponent(location.hash)}`);
  return undefined;
}
