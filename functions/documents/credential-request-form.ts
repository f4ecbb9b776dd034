// GET /api/credential-requests/{requestId}/form.pdf?token=…: the request form to print, sign and
// upload, by the short-lived link the 201 of POST /api/credential-requests hands out.
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { requestFormPdf } from '../../shared/documents/request-form';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(credentialsRoutes.getCredentialRequestForm, async ({ params, query }) => ({
  binary: await requestFormPdf(params.requestId, query.token),
  headers: {
    'content-type': 'application/pdf',
    'content-disposition': `inline; filename="credential-request-${params.requestId}.pdf"`,
    // the form carries personal data: never kept by a browser or a shared cache
    'cache-control': 'no-store',
  },
}));
