// The registry and account rules of a credential request (seed 002): requests come through the
// main contractor, a network hospital must be in its network, reuse needs an id revoked for
// inactivity, cancel needs an active id of that hospital.

export interface RegistryHospital {
  code: string;
  kind: 'main' | 'network';
  mainContractorCode?: string;
}

export interface AccountFacts {
  status: 'active' | 'revoked' | 'cancelled' | 'pending-activation' | 'disabled';
  revokedReason?: string;
  hospitalCode?: string;
}

export interface RuleViolation {
  code: string;
  path: string;
}

export function checkCredentialRequest(
  input: { hospitalCode: string; networkHospitalCode?: string; purpose: 'new' | 'reuse' | 'cancel'; userId?: string },
  facts: { hospital?: RegistryHospital; networkHospital?: RegistryHospital; account?: AccountFacts },
): RuleViolation | undefined {
  const { hospital, networkHospital, account } = facts;
  if (!hospital) return { code: 'UNKNOWN_HOSPITAL', path: 'hospitalCode' };
  if (hospital.kind !== 'main') return { code: 'MUST_REQUEST_VIA_MAIN_CONTRACTOR', path: 'hospitalCode' };
  if (input.networkHospitalCode !== undefined) {
    if (!networkHospital) return { code: 'UNKNOWN_HOSPITAL', path: 'networkHospitalCode' };
    if (networkHospital.kind !== 'network') return { code: 'NOT_A_NETWORK_HOSPITAL', path: 'networkHospitalCode' };
    if (networkHospital.mainContractorCode !== hospital.code) return { code: 'NOT_IN_MAIN_CONTRACTOR_NETWORK', path: 'networkHospitalCode' };
  }
  if (input.purpose === 'new') return undefined;
  if (!account) return { code: 'USER_ID_NOT_FOUND', path: 'userId' };
  const ownHospitals = [input.hospitalCode, input.networkHospitalCode].filter(Boolean);
  if (!account.hospitalCode || !ownHospitals.includes(account.hospitalCode)) return { code: 'USER_ID_NOT_IN_HOSPITAL', path: 'userId' };
  if (input.purpose === 'reuse' && (account.status !== 'revoked' || account.revokedReason !== 'inactivity')) {
    return { code: 'USER_ID_NOT_REVOKED_FOR_INACTIVITY', path: 'userId' };
  }
  if (input.purpose === 'cancel' && account.status !== 'active') return { code: 'USER_ID_NOT_ACTIVE', path: 'userId' };
  return undefined;
}

/** The hospital a user id belongs to: the network hospital when the request names one. */
export const accountHospitalOf = (input: { hospitalCode: string; networkHospitalCode?: string }) => input.networkHospitalCode ?? input.hospitalCode;
