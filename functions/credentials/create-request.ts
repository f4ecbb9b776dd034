// POST /api/credential-requests: validate the form, check it against the registry (never against accounts),
// store it as a draft and hand back a presigned upload for the director-signed PDF.
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { httpHandler } from '../../shared/http/http-handler';
import { createCredentialRequest } from '../../shared/use-cases/create-credential-request';

export const handler = httpHandler(credentialsRoutes.createCredentialRequest, async ({ body }) => ({
  status: 201,
  body: await createCredentialRequest(body),
}));
