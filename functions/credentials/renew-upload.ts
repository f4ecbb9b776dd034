// POST /api/credential-requests/{requestId}/upload: a fresh presigned upload while the request is a draft.
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { httpHandler } from '../../shared/http/http-handler';
import { renewSignedFormUpload } from '../../shared/use-cases/credential-uploads';

export const handler = httpHandler(credentialsRoutes.renewCredentialUpload, async ({ params }) => ({
  body: await renewSignedFormUpload(params.requestId, new Date()),
}));
