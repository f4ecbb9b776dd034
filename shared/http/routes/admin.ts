// Administration: inactivity revocation, dead mail.
// Each handler imports only its own area's table, so a bundle carries only these schemas.
import { defineRoute } from '../../http/route';
import { exclusionBody, inactivityRunBody, jobIdParams, upcomingQuery } from '../../schemas/admin';
import { userIdParams } from '../../schemas/credentials';

export const adminRoutes = {
  runInactivityRevocations: defineRoute({
    id: 'admin.run-inactivity-revocations',
    method: 'POST',
    path: '/api/admin/inactivity-revocations',
    handler: 'functions/admin/run-inactivity-revocations.ts',
    auth: ['admin'],
    summary: 'Run the inactivity revocation now (the same code as the daily schedule): a dry run answers at once and changes nothing; a real run is a background job (202 {jobId}, poll GET /api/admin/jobs/{jobId})',
    body: inactivityRunBody,
    access: { table: 'readWrite', mail: true, jobs: true },
  }),
  getJob: defineRoute({
    id: 'admin.get-job',
    method: 'GET',
    path: '/api/admin/jobs/{jobId}',
    handler: 'functions/admin/get-job.ts',
    auth: ['admin'],
    summary: 'A background job: status (queued, running, succeeded, failed), result or error, timestamps',
    params: jobIdParams,
    access: { table: 'read' },
  }),
  inactivityOverview: defineRoute({
    id: 'admin.inactivity-overview',
    method: 'GET',
    path: '/api/admin/inactivity-revocations',
    handler: 'functions/admin/inactivity-overview.ts',
    auth: ['admin', 'credentials-officer'],
    summary: 'The last runs of the inactivity job and the ids falling due in the next days',
    query: upcomingQuery,
    access: { table: 'read' },
  }),
  setInactivityExclusion: defineRoute({
    id: 'admin.set-inactivity-exclusion',
    method: 'PUT',
    path: '/api/admin/accounts/{userId}/inactivity-exclusion',
    handler: 'functions/admin/set-inactivity-exclusion.ts',
    auth: ['admin'],
    summary: 'Exclude an id from (or return it to) the inactivity rule, with a reason (audited)',
    params: userIdParams,
    body: exclusionBody,
    access: { table: 'readWrite' },
  }),
  listDeadMail: defineRoute({
    id: 'admin.list-dead-mail',
    method: 'GET',
    path: '/api/admin/dead-mail',
    handler: 'functions/admin/list-dead-mail.ts',
    auth: ['admin'],
    summary: 'E-mails that could not be sent after every attempt (the outbox dead letters)',
    access: { table: 'read' },
  }),
};
