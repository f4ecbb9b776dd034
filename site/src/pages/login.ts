// Sign in; returns to the page that asked for it, and says why when the server ended the session.
import { accountMessages } from '../../../shared/i18n/messages-accounts';
import { api, ApiProblem, saveSession, type Session } from '../api';
import { h } from '../dom';
import { errorSummary, field, problemErrors, setFieldError, type FormError } from '../forms';
import { t } from '../i18n';
import { message, useMessages } from '../labels';
import { navigate, page } from '../router';
import { refreshSession } from '../session-ui';

// the codes this module says itself (its fields' checks); the API's answers carry their own words
useMessages(accountMessages);

page('/login', ({ query }) => {
  const reason = query.get('reason');
  const notice = reason ? h('p', { class: 'notice', role: 'alert', id: 'login-notice' }, message(reason === 'TOKEN_INVALID' || reason === 'UNAUTHENTICATED' ? 'TOKEN_INVALID' : 'SESSION_ENDED')) : null;
  const userId = field('userId', t('userId'), h('input', { autocomplete: 'username', value: query.get('userId') ?? '' }), { required: true });
  const password = field('password', t('password'), h('input', { type: 'password', autocomplete: 'current-password' }), { required: true });
  // a refused sign-in names neither field (which one was wrong is not said), so it is a form-wide line
  const summary = errorSummary('login-errors');
  const forgot = h('a', { href: '#/forgot-password', id: 'forgot-password' }, t('forgotPassword'));
  forgot.addEventListener('click', (e) => {
    // carry the id typed so far to the reset form
    e.preventDefault();
    navigate(`#/forgot-password${userId.input.value.trim() ? `?userId=${encodeURIComponent(userId.input.value.trim())}` : ''}`);
  });
  const form = h('form', { class: 'form narrow', novalidate: true, id: 'login-form' }, h('h1', {}, t('loginTitle')), notice, summary.el, userId.wrapper, password.wrapper, h('button', { type: 'submit', class: 'button' }, t('signIn')), h('p', {}, forgot));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const errors: FormError[] = [];
    for (const f of [userId, password]) {
      setFieldError(f, undefined);
      // a password is taken as typed, spaces and all
      if (!(f === password ? f.input.value : f.input.value.trim())) errors.push({ target: f, message: t('required') });
    }
    if (errors.length) return summary.show(errors);
    try {
      const s = await api<Session>('POST', '/auth/login', { userId: userId.input.value.trim(), password: password.input.value });
      summary.clear();
      saveSession(s);
      refreshSession();
      navigate(query.get('next') ?? '#/');
    } catch (err) {
      summary.show(err instanceof ApiProblem ? problemErrors(err.problem, { userId, password }) : [{ message: t('networkError') }]);
    }
  });
  return form;
});
