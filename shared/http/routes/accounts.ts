// Accounts.
// Each handler imports only its own area's table, so a bundle carries only these schemas.
import { defineRoute } from '../../http/route';
import { userIdParams } from '../../schemas/credentials';

export const accountsRoutes = {
  getAccount: defineRoute({
    id: 'accounts.get-account',
    method: 'GET',
    path: '/api/accounts/{userId}',
    handler: 'functions/accounts/get-account.ts',
    auth: ['admin', 'credentials-officer'],
    summary: 'An account: status, last sign-in, revocation',
    params: userIdParams,
    access: { table: 'read' },
  }),
};
