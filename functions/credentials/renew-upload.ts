// POST /api/credential-requests/{requestId}/upload: a fresh presigned upload while the request is a draft.
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { getRequest } from '../../shared/data/credential-requests-repository';
import { ConflictError, NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { signedFormUpload } from '../../shared/use-cases/credential-uploads';

export const handler = httpHandler(credentialsRoutes.renewCredentialUpload, async ({ params }) => {
  const request = await getRequest(params.requestId);
  if (!request) throw new NotFoundError('REQUEST_NOT_FOUND');
  if (request.status !== 'draft') throw new ConflictError('NOT_A_DRAFT');
  return { body: { requestId: request.requestId, upload: await signedFormUpload(request, new Date()) } };
});
