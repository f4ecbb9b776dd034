// POST /api/credential-requests/{requestId}/decision: approve or reject (credentials officers).
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { httpHandler } from '../../shared/http/http-handler';
import { decideCredentialRequest } from '../../shared/use-cases/decide-credential-request';

export const handler = httpHandler(credentialsRoutes.decideCredentialRequest, async ({ params, body, principal }) => ({
  body: await decideCredentialRequest(params.requestId, { ...body, officer: principal.userId }),
}));
