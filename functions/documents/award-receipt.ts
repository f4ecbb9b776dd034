// GET /api/award-submissions/{submissionId}/receipt.pdf: the receipt of an award entry, for the
// hospital that entered it and awards officers.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { awardReceiptPdf } from '../../shared/documents/award-receipt';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(awardsRoutes.getAwardReceipt, async ({ params, principal }) => ({
  binary: await awardReceiptPdf(params.submissionId, principal),
  headers: {
    'content-type': 'application/pdf',
    'content-disposition': `inline; filename="receipt-${params.submissionId}.pdf"`,
    'cache-control': 'private, no-store',
  },
}));
