// Sign-in and account activation.
// Each handler imports only its own area's table, so a bundle carries only these schemas.
import { defineRoute } from '../../shared/http/route';
import { loginBody, loginResponse } from '../../shared/schemas/auth';
import { activateBody } from '../../shared/schemas/credentials';

export const authRoutes = {
  login: defineRoute({
    id: 'auth.login',
    method: 'POST',
    path: '/api/auth/login',
    handler: 'functions/auth/login.ts',
    auth: 'public',
    summary: 'Sign in with a user id and password',
    body: loginBody,
    access: { table: 'readWrite' },
    response: { status: 200, schema: loginResponse },
    throttle: 'public',
  }),
  activate: defineRoute({
    id: 'auth.activate',
    method: 'POST',
    path: '/api/auth/activate',
    handler: 'functions/auth/activate.ts',
    auth: 'public',
    summary: 'Set the password of an account issued by an approved credential request (single-use token)',
    body: activateBody,
    access: { table: 'readWrite' },
    throttle: 'public',
  }),
};
