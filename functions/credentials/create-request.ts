// POST /api/credential-requests: validate the form, check it against the registry (never against accounts),
// store it as a draft and hand back a presigned upload for the director-signed PDF.
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { appendAudit } from '../../shared/data/audit-repository';
import { createRequest, requestAggregate, type CredentialRequest } from '../../shared/data/credential-requests-repository';
import { checkRequestHospitals } from '../../shared/domain/credential-request-rules';
import { RuleError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { newRequestId } from '../../shared/ids';
import { formLink } from '../../shared/documents/form-link';
import { signedFormUpload } from '../../shared/use-cases/credential-uploads';
import { resolveHospital } from '../../shared/use-cases/resolve-hospital';

export const handler = httpHandler(credentialsRoutes.createCredentialRequest, async ({ body }) => {
  const [hospital, networkHospital] = await Promise.all([
    resolveHospital(body.hospitalCode),
    body.networkHospitalCode ? resolveHospital(body.networkHospitalCode) : undefined,
  ]);
  // hospitals may be named by hcode; the request keeps their 7-digit codes
  const input = {
    ...body,
    ...(hospital ? { hospitalCode: hospital.code } : {}),
    ...(networkHospital ? { networkHospitalCode: networkHospital.code } : {}),
  };
  // only the hospital rules: the same answer for any well-formed user id (the officer sees the id's checks)
  const violation = checkRequestHospitals(input, {
    ...(hospital ? { hospital } : {}),
    ...(networkHospital ? { networkHospital } : {}),
  });
  if (violation) throw new RuleError(violation.code, violation.path);

  const now = new Date();
  const requestId = newRequestId();
  const request: CredentialRequest = {
    ...input,
    requestId,
    status: 'draft',
    createdAt: now.toISOString(),
    signedFormKey: `credential-requests/${requestId}/signed-form.pdf`,
  };
  await createRequest(request);
  await appendAudit(requestAggregate(requestId), { at: request.createdAt, actor: 'requester', action: 'created', toState: 'draft' });
  const upload = await signedFormUpload(request, now);
  // the form to print and have signed: a short-lived link to the PDF drawn from this request
  const form = await formLink(requestId, now);
  return { status: 201, body: { requestId, status: 'draft', upload, form } };
});
