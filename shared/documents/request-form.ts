// The printable form of a credential request: the request as stored, with its hospitals' Thai
// names and provinces from the registry.
import { getRequest } from '../data/credential-requests-repository';
import { requestIdOfFormToken } from './form-link';
import { ForbiddenError, NotFoundError } from '../http/errors';
import { renderCredentialRequestForm, type FormHospital } from '../pdf/credential-request-form';
import { PROVINCES } from '../reference-data/provinces';
import type { Hospital } from '../schemas/reference';
import { resolveHospital } from '../use-cases/resolve-hospital';

const provinceName = (code: string) => PROVINCES.find((p) => p.code === code)?.nameTh ?? code;

async function formHospital(code: string): Promise<FormHospital> {
  const hospital: Hospital | undefined = await resolveHospital(code);
  // a hospital removed from the registry since: the form still carries its code
  return hospital ? { code: hospital.code, hcode: hospital.hcode, nameTh: hospital.nameTh, provinceNameTh: provinceName(hospital.provinceCode) } : { code, hcode: '-', nameTh: code, provinceNameTh: '-' };
}

/** The form, for the holder of the short-lived link the 201 of POST /api/credential-requests handed out. */
export async function requestFormPdf(requestId: string, formToken: string, now = new Date()): Promise<Buffer> {
  if ((await requestIdOfFormToken(formToken)) !== requestId) throw new ForbiddenError('FORM_LINK_INVALID');
  const request = await getRequest(requestId);
  if (!request) throw new NotFoundError('REQUEST_NOT_FOUND');
  const [hospital, networkHospital] = await Promise.all([
    formHospital(request.hospitalCode),
    request.networkHospitalCode ? formHospital(request.networkHospitalCode) : undefined,
  ]);
  return renderCredentialRequestForm({ ...request, hospital, ...(networkHospital ? { networkHospital } : {}) }, now);
}
