// Sign in; returns to the page that asked for it, and says why when the server ended the session.
import { api, ApiProblem, saveSession, type Session } from '../api';
import { h } from '../dom';
import { t } from '../i18n';
import { message } from '../labels';
import { navigate, page } from '../router';
import { refreshSession } from '../session-ui';

page('/login', ({ query }) => {
  const reason = query.get('reason');
  const notice = reason ? h('p', { class: 'notice', role: 'alert', id: 'login-notice' }, message(reason === 'TOKEN_INVALID' || reason === 'UNAUTHENTICATED' ? 'TOKEN_INVALID' : 'SESSION_ENDED')) : null;
  const error = h('p', { class: 'error', role: 'alert', id: 'login-error' });
  const userId = h('input', { id: 'userId', name: 'userId', autocomplete: 'username', required: true, value: query.get('userId') ?? '', 'aria-describedby': 'login-error' });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'aria-describedby': 'login-error' });
  const forgot = h('a', { href: '#/forgot-password', id: 'forgot-password' }, t('forgotPassword'));
  forgot.addEventListener('click', (e) => {
    // carry the id typed so far to the reset form
    e.preventDefault();
    navigate(`#/forgot-password${userId.value.trim() ? `?userId=${encodeURIComponent(userId.value.trim())}` : ''}`);
  });
  const form = h(
    'form',
    { class: 'form narrow', novalidate: true },
    h('h1', {}, t('loginTitle')),
    notice,
    h('label', { for: 'userId' }, t('userId')),
    userId,
    h('label', { for: 'password' }, t('password')),
    password,
    error,
    h('button', { type: 'submit', class: 'button' }, t('signIn')),
    h('p', {}, forgot),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    if (!userId.value || !password.value) {
      error.textContent = t('required');
      (userId.value ? password : userId).focus();
      return;
    }
    try {
      const s = await api<Session>('POST', '/auth/login', { userId: userId.value.trim(), password: password.value });
      saveSession(s);
      refreshSession();
      navigate(query.get('next') ?? '#/');
    } catch (err) {
      error.textContent = err instanceof ApiProblem ? err.problem.title : t('networkError');
    }
  });
  return form;
});
