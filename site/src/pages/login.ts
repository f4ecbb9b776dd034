// Sign in; returns to the page that asked for it.
import { api, ApiProblem, saveSession, type Session } from '../api';
import { h } from '../dom';
import { t } from '../i18n';
import { navigate, page } from '../router';
import { refreshSession } from '../session-ui';

page('/login', ({ query }) => {
  const error = h('p', { class: 'error', role: 'alert', id: 'login-error' });
  const userId = h('input', { id: 'userId', name: 'userId', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h(
    'form',
    { class: 'form narrow', novalidate: true },
    h('h1', {}, t('loginTitle')),
    h('label', { for: 'userId' }, t('userId')),
    userId,
    h('label', { for: 'password' }, t('password')),
    password,
    error,
    h('button', { type: 'submit', class: 'button' }, t('signIn')),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    if (!userId.value || !password.value) {
      error.textContent = t('required');
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
