// Sign-in, activation, passwords.
// Each handler imports only its own area's table, so a bundle carries only these schemas.
import { ROLES } from '../../auth/roles';
import { defineRoute } from '../../http/route';
import { activateBody, changePasswordBody, passwordResetBody, passwordResetConfirmBody } from '../../schemas/accounts';
import { loginBody, loginResponse } from '../../schemas/auth';

/** scrypt at N = 2^17 wants 128 MiB and a whole vCPU to answer in well under a second. */
const HASHING_MEMORY_MB = 1769;

export const authRoutes = {
  login: defineRoute({
    id: 'auth.login',
    method: 'POST',
    path: '/api/auth/login',
    handler: 'functions/auth/login.ts',
    auth: 'public',
    summary: 'Sign in with a user id and password (10 failures in a row lock the id for 15 minutes: 429 LOGIN_THROTTLED)',
    body: loginBody,
    access: { table: 'readWrite' },
    response: { status: 200, schema: loginResponse },
    throttle: 'public',
    memoryMb: HASHING_MEMORY_MB,
    problems: { 401: ['INVALID_CREDENTIALS'], 403: ['ACCOUNT_REVOKED', 'ACCOUNT_CANCELLED', 'ACCOUNT_NOT_ACTIVATED', 'ACCOUNT_DISABLED'], 429: ['LOGIN_THROTTLED'] },
  }),
  activate: defineRoute({
    id: 'auth.activate',
    method: 'POST',
    path: '/api/auth/activate',
    handler: 'functions/auth/activate.ts',
    auth: 'public',
    summary: 'Set the first password of an account from its single-use activation link',
    body: activateBody,
    access: { table: 'readWrite' },
    throttle: 'public',
    memoryMb: HASHING_MEMORY_MB,
    problems: { 400: ['PASSWORD_TOO_SHORT', 'PASSWORD_TOO_LONG', 'PASSWORD_TOO_COMMON', 'PASSWORD_CONTAINS_USER_ID'], 422: ['ACTIVATION_INVALID'] },
  }),
  requestPasswordReset: defineRoute({
    id: 'auth.request-password-reset',
    method: 'POST',
    path: '/api/auth/password-reset',
    handler: 'functions/auth/request-password-reset.ts',
    auth: 'public',
    summary: 'Mail a single-use password reset link (1 hour); the same 202 answer whether or not the id exists',
    body: passwordResetBody,
    access: { table: 'readWrite' },
    response: { status: 202 },
    throttle: 'public',
  }),
  confirmPasswordReset: defineRoute({
    id: 'auth.confirm-password-reset',
    method: 'POST',
    path: '/api/auth/password-reset/confirm',
    handler: 'functions/auth/confirm-password-reset.ts',
    auth: 'public',
    summary: 'Set a new password from a reset link; every earlier session ends',
    body: passwordResetConfirmBody,
    access: { table: 'readWrite', mail: true },
    throttle: 'public',
    memoryMb: HASHING_MEMORY_MB,
    problems: { 400: ['PASSWORD_TOO_SHORT', 'PASSWORD_TOO_LONG', 'PASSWORD_TOO_COMMON', 'PASSWORD_CONTAINS_USER_ID'], 422: ['RESET_LINK_INVALID'] },
  }),
  changePassword: defineRoute({
    id: 'auth.change-password',
    method: 'POST',
    path: '/api/auth/password',
    handler: 'functions/auth/change-password.ts',
    auth: ROLES,
    summary: 'Change your own password; the answer carries a new token (every other session ends)',
    body: changePasswordBody,
    access: { table: 'readWrite', mail: true },
    memoryMb: HASHING_MEMORY_MB,
    problems: { 400: ['PASSWORD_TOO_SHORT', 'PASSWORD_TOO_LONG', 'PASSWORD_TOO_COMMON', 'PASSWORD_CONTAINS_USER_ID', 'PASSWORD_UNCHANGED'], 409: ['CONFLICT'], 422: ['PASSWORD_WRONG'] },
  }),
};
