// GET /api/credential-requests/{requestId}/status: what the requester may see, no personal data.
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { getRequest } from '../../shared/data/credential-requests-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { getUploadSlot } from '../../shared/data/upload-slots-repository';

export const handler = httpHandler(credentialsRoutes.getCredentialRequestStatus, async ({ params }) => {
  const request = await getRequest(params.requestId);
  if (!request) throw new NotFoundError('REQUEST_NOT_FOUND');
  const slot = request.status === 'draft' ? await getUploadSlot(request.signedFormKey) : undefined;
  return {
    body: {
      requestId: request.requestId,
      status: request.status,
      purpose: request.purpose,
      createdAt: request.createdAt,
      ...(request.submittedAt ? { submittedAt: request.submittedAt } : {}),
      ...(request.decidedAt ? { decidedAt: request.decidedAt } : {}),
      ...(slot ? { upload: { status: slot.status, ...(slot.rejection ? { rejection: slot.rejection } : {}) } } : {}),
    },
  };
});
