// POST /api/credential-requests/{requestId}/decision: approve or reject (credentials officers).
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { getRequest } from '../../shared/data/credential-requests-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { decideCredentialRequest } from '../../shared/use-cases/decide-credential-request';

export const handler = httpHandler(credentialsRoutes.decideCredentialRequest, async ({ params, body, principal }) => {
  const request = await getRequest(params.requestId);
  if (!request) throw new NotFoundError('REQUEST_NOT_FOUND');
  const result = await decideCredentialRequest(request, { ...body, officer: principal.userId });
  return { body: result };
});
