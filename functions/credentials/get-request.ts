// GET /api/credential-requests/{requestId}: the full request for an officer, with its audit trail
// and a 5-minute link to the signed PDF (shared/use-cases/credential-request-detail.ts).
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { httpHandler } from '../../shared/http/http-handler';
import { t } from '../../shared/i18n/messages';
import { credentialRequestDetail } from '../../shared/use-cases/credential-request-detail';

export const handler = httpHandler(credentialsRoutes.getCredentialRequest, async ({ params, lang }) => {
  const d = await credentialRequestDetail(params.requestId);
  return {
    body: {
      ...d.request,
      hospital: d.hospital,
      ...(d.networkHospital ? { networkHospital: d.networkHospital } : {}),
      audit: d.audit,
      accountCheck: d.mismatch ? { code: d.mismatch.code, message: t(d.mismatch.code, lang) } : null,
      // the same person's other requests and the ids issued to them: a second `new` at one hospital shows here
      earlierRequests: d.earlierRequests,
      userIdsOfPerson: d.userIdsOfPerson,
      // SES reported a bounce or a spam complaint for the requester's address: decisions never reach them
      mailBounced: d.mailStatus?.kind === 'bounce',
      mailComplained: d.mailStatus?.kind === 'complaint',
      ...(d.mailStatus ? { mailStatus: { kind: d.mailStatus.kind, at: d.mailStatus.at, ...(d.mailStatus.bounceType ? { bounceType: d.mailStatus.bounceType } : {}) } } : {}),
      ...(d.signedFormUrl ? { signedFormUrl: d.signedFormUrl } : {}),
    },
  };
});
