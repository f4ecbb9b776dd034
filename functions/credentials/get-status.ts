// GET /api/credential-requests/{requestId}/status: what the requester may see, no personal data.
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { requestRead } from '../../shared/data/credential-requests-repository';
import { readTogether } from '../../shared/data/transaction';
import { uploadSlotRead } from '../../shared/data/upload-slots-repository';
import { signedFormKeyOf } from '../../shared/uploads/prefixes';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(credentialsRoutes.getCredentialRequestStatus, async ({ params }) => {
  // the request and its upload's verdict in one read
  const [request, upload] = await readTogether(requestRead(params.requestId), uploadSlotRead(signedFormKeyOf(params.requestId)));
  if (!request) throw new NotFoundError('REQUEST_NOT_FOUND');
  const slot = request.status === 'draft' && upload?.key === request.signedFormKey ? upload : undefined;
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
