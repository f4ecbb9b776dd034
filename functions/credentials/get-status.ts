// GET /api/credential-requests/{requestId}/status: what the requester may see, no personal data.
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { httpHandler } from '../../shared/http/http-handler';
import { credentialRequestStatus } from '../../shared/use-cases/credential-request-status';

export const handler = httpHandler(credentialsRoutes.getCredentialRequestStatus, async ({ params }) => {
  const { request, upload } = await credentialRequestStatus(params.requestId);
  return {
    body: {
      requestId: request.requestId,
      status: request.status,
      purpose: request.purpose,
      createdAt: request.createdAt,
      ...(request.submittedAt ? { submittedAt: request.submittedAt } : {}),
      ...(request.decidedAt ? { decidedAt: request.decidedAt } : {}),
      ...(upload ? { upload: { status: upload.status, ...(upload.rejection ? { rejection: upload.rejection } : {}) } } : {}),
    },
  };
});
