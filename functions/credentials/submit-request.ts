// POST /api/credential-requests/{requestId}/submit: once the signed PDF is in S3 and verified,
// the request is submitted, SSO staff are e-mailed and the requester gets an acknowledgement
// (shared/use-cases/submit-credential-request.ts). Submitting twice (even at once) sends nothing twice.
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { httpHandler } from '../../shared/http/http-handler';
import { submitCredentialRequest } from '../../shared/use-cases/submit-credential-request';

export const handler = httpHandler(credentialsRoutes.submitCredentialRequest, async ({ params, body }) => ({
  status: 202,
  body: await submitCredentialRequest(params.requestId, body),
}));
