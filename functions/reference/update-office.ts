// PUT /api/offices/{officeCode}: an admin edits an office; its mailbox is then the admin's.
import { referenceRoutes } from '../../shared/http/routes/reference';
import { httpHandler } from '../../shared/http/http-handler';
import { editOffice } from '../../shared/use-cases/reference-admin';

export const handler = httpHandler(referenceRoutes.updateOffice, async ({ params, body, principal }) => ({
  body: await editOffice(params.officeCode, body, principal.userId),
}));
