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

type RequestInput = { hospitalCode: string; networkHospitalCode?: string; purpose: 'new' | 'reuse' | 'cancel'; userId?: string };

/**
 * Every rule of a request: the hospitals (main contractor, network) and, for reuse and cancel, the
 * user id. The public form checks only {@link checkRequestHospitals}: answering it with the
 * account's rules would tell anyone whether an id exists, whose it is and its status.
 */
export function checkCredentialRequest(
  input: RequestInput,
  facts: { hospital?: RegistryHospital; networkHospital?: RegistryHospital; account?: AccountFacts },
): RuleViolation | undefined {
  return checkRequestHospitals(input, facts) ?? accountMismatch(input, facts.account);
}

/** The hospital rules: what the public form may answer with. */
export function checkRequestHospitals(input: RequestInput, facts: { hospital?: RegistryHospital; networkHospital?: RegistryHospital }): RuleViolation | undefined {
  const { hospital, networkHospital } = facts;
  if (!hospital) return { code: 'UNKNOWN_HOSPITAL', path: 'hospitalCode' };
  if (hospital.kind !== 'main') return { code: 'MUST_REQUEST_VIA_MAIN_CONTRACTOR', path: 'hospitalCode' };
  if (input.networkHospitalCode !== undefined) {
    if (!networkHospital) return { code: 'UNKNOWN_HOSPITAL', path: 'networkHospitalCode' };
    if (networkHospital.kind !== 'network') return { code: 'NOT_A_NETWORK_HOSPITAL', path: 'networkHospitalCode' };
    if (networkHospital.mainContractorCode !== hospital.code) return { code: 'NOT_IN_MAIN_CONTRACTOR_NETWORK', path: 'networkHospitalCode' };
  }
  return undefined;
}

/**
 * For reuse and cancel: what is wrong with the user id named (not found, another hospital's, not
 * revoked for inactivity, already cancelled). Shown to the officer, who rejects with the reason;
 * approving such a request is refused.
 */
export function accountMismatch(input: RequestInput, account: AccountFacts | undefined): RuleViolation | undefined {
  if (input.purpose === 'new') return undefined;
  if (!account) return { code: 'USER_ID_NOT_FOUND', path: 'userId' };
  const ownHospitals = [input.hospitalCode, input.networkHospitalCode].filter(Boolean);
  if (!account.hospitalCode || !ownHospitals.includes(account.hospitalCode)) return { code: 'USER_ID_NOT_IN_HOSPITAL', path: 'userId' };
  if (input.purpose === 'reuse' && (account.status !== 'revoked' || account.revokedReason !== 'inactivity')) {
    return { code: 'USER_ID_NOT_REVOKED_FOR_INACTIVITY', path: 'userId' };
  }
  // an id that was issued but never activated may be cancelled too (its activation link then stops)
  if (input.purpose === 'cancel' && account.status !== 'active' && account.status !== 'pending-activation') return { code: 'USER_ID_NOT_ACTIVE', path: 'userId' };
  return undefined;
}

/** The hospital a user id belongs to: the network hospital when the request names one. */
export const accountHospitalOf = (input: { hospitalCode: string; networkHospitalCode?: string }) => input.networkHospitalCode ?? input.hospitalCode;
