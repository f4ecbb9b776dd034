// A new credential request, as a numbered course:
//  1. the hospitals (named by their 7-digit codes or hcodes) must exist and fit the request's rules;
//     only the hospital rules: the same answer for any well-formed user id (the officer sees the id's checks);
//  2. the request (a draft), its audit record and its signed-form upload slot are written together
//     (one transaction), so a draft always has its slot;
//  3. the requester gets the presigned upload and a short-lived link to the form to print and sign.
import { auditWrite } from '../data/audit-repository';
import { newRequestWrite, requestAggregate, type CredentialRequest } from '../data/credential-requests-repository';
import { writeTogether } from '../data/transaction';
import { formLink } from '../documents/form-link';
import { checkRequestHospitals } from '../domain/credential-request-rules';
import { RuleError } from '../http/errors';
import { newRequestId } from '../ids';
import { signedFormKeyOf } from '../uploads/prefixes';
import { newSignedFormUpload } from './credential-uploads';
import { resolveHospital } from './resolve-hospital';

type NewRequest = Omit<CredentialRequest, 'requestId' | 'status' | 'createdAt' | 'signedFormKey'>;

export async function createCredentialRequest(body: NewRequest, now = new Date()) {
  const [hospital, networkHospital] = await Promise.all([resolveHospital(body.hospitalCode), body.networkHospitalCode ? resolveHospital(body.networkHospitalCode) : undefined]);
  // hospitals may be named by hcode; the request keeps their 7-digit codes
  const input = { ...body, ...(hospital ? { hospitalCode: hospital.code } : {}), ...(networkHospital ? { networkHospitalCode: networkHospital.code } : {}) };
  const violation = checkRequestHospitals(input, { ...(hospital ? { hospital } : {}), ...(networkHospital ? { networkHospital } : {}) });
  if (violation) throw new RuleError(violation.code, violation.path);

  const requestId = newRequestId();
  const request: CredentialRequest = { ...input, requestId, status: 'draft', createdAt: now.toISOString(), signedFormKey: signedFormKeyOf(requestId) };
  const { write: slot, upload } = await newSignedFormUpload(request, now);
  await writeTogether([newRequestWrite(request), auditWrite(requestAggregate(requestId), { at: request.createdAt, actor: 'requester', action: 'created', toState: 'draft' }), slot]);
  // the form to print and have signed: a short-lived link to the PDF drawn from this request
  const form = await formLink(requestId, now);
  return { requestId, status: 'draft' as const, upload, form };
}
