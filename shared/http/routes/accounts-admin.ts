// Staff account administration and the admin audit trail.
// Each handler imports only its own area's table, so a bundle carries only these schemas.
import * as z from 'zod/mini';
import { defineRoute } from '../../http/route';
import { accountsQuery, adminAccountSchema, auditQuery, createAccountBody, updateAccountBody } from '../../schemas/accounts';
import { userIdParams } from '../../schemas/credentials';

export const accountsAdminRoutes = {
  listAccounts: defineRoute({
    id: 'admin.list-accounts',
    method: 'GET',
    path: '/api/admin/accounts',
    handler: 'functions/admin/list-accounts.ts',
    auth: ['admin'],
    summary: 'Accounts, filtered by role, office and status',
    query: accountsQuery,
    access: { table: 'read' },
    response: { status: 200, schema: z.array(adminAccountSchema) },
  }),
  getAdminAccount: defineRoute({
    id: 'admin.get-account',
    method: 'GET',
    path: '/api/admin/accounts/{userId}',
    handler: 'functions/admin/get-account.ts',
    auth: ['admin'],
    summary: 'One account as admins see it (roles, office or hospital, mailbox, status, last sign-in)',
    params: userIdParams,
    access: { table: 'read' },
    response: { status: 200, schema: adminAccountSchema },
    problems: { 404: ['USER_ID_NOT_FOUND'] },
  }),
  createAccount: defineRoute({
    id: 'admin.create-account',
    method: 'POST',
    path: '/api/admin/accounts',
    handler: 'functions/admin/create-account.ts',
    auth: ['admin'],
    summary: 'Create a staff (or hospital) account; its owner gets an activation link by e-mail',
    body: createAccountBody,
    access: { table: 'readWrite', mail: true },
    response: { status: 201 },
    problems: { 400: ['OFFICE_REQUIRED', 'HOSPITAL_REQUIRED', 'ROLES_MIXED', 'INVALID_EMAIL'], 409: ['USER_ID_TAKEN'], 422: ['UNKNOWN_OFFICE', 'UNKNOWN_HOSPITAL', 'OFFICE_REQUIRED', 'HOSPITAL_REQUIRED'] },
  }),
  updateAccount: defineRoute({
    id: 'admin.update-account',
    method: 'PATCH',
    path: '/api/admin/accounts/{userId}',
    handler: 'functions/admin/update-account.ts',
    auth: ['admin'],
    summary: 'Change roles, office, hospital, mailbox or name; disable or re-enable (the last active admin stays)',
    params: userIdParams,
    body: updateAccountBody,
    access: { table: 'readWrite' },
    response: { status: 200, schema: adminAccountSchema },
    problems: { 400: ['ROLES_MIXED', 'NOTHING_TO_CHANGE'], 404: ['USER_ID_NOT_FOUND'], 409: ['LAST_ADMIN', 'CONFLICT'], 422: ['ACCOUNT_NOT_DISABLED', 'ACCOUNT_NOT_ENABLED', 'ROLES_MIXED', 'UNKNOWN_OFFICE', 'UNKNOWN_HOSPITAL', 'OFFICE_REQUIRED', 'HOSPITAL_REQUIRED'] },
  }),
  resendActivation: defineRoute({
    id: 'admin.resend-activation',
    method: 'POST',
    path: '/api/admin/accounts/{userId}/activation',
    handler: 'functions/admin/resend-activation.ts',
    auth: ['admin'],
    summary: 'Send a fresh activation link to a pending account; earlier links stop working',
    params: userIdParams,
    access: { table: 'readWrite', mail: true },
    response: { status: 202 },
    problems: { 404: ['USER_ID_NOT_FOUND'], 409: ['CONFLICT'], 422: ['ACCOUNT_NOT_PENDING'] },
  }),
  listAudit: defineRoute({
    id: 'admin.list-audit',
    method: 'GET',
    path: '/api/admin/audit',
    handler: 'functions/admin/list-audit.ts',
    auth: ['admin'],
    summary: 'Every administrative change (who, when, what, before and after), newest first',
    query: auditQuery,
    access: { table: 'read' },
  }),
};
