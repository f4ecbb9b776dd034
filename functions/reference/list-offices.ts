// GET /api/offices: the SSO offices complaints are routed to, with their official mailboxes (how an
// office's mailbox was set is for admins: it stays out of this public list).
import { referenceRoutes } from '../../shared/http/routes/reference';
import { listOffices } from '../../shared/data/reference-repository';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(referenceRoutes.listOffices, async () => ({
  body: (await listOffices()).map(({ officeCode, nameTh, nameEn, kind, email }) => ({ officeCode, nameTh, nameEn, kind, ...(email ? { email } : {}) })),
  headers: { 'cache-control': 'public, max-age=300' },
}));
