import { describe, expect, it } from 'vitest';
import { checkCredentialRequest, type AccountFacts, type RegistryHospital } from '../../../shared/domain/credential-request-rules';

const main: RegistryHospital = { code: '1000001', kind: 'main' };
const otherMain: RegistryHospital = { code: '1000002', kind: 'main' };
const network: RegistryHospital = { code: '1000101', kind: 'network', mainContractorCode: '1000001' };
const foreignNetwork: RegistryHospital = { code: '1000103', kind: 'network', mainContractorCode: '1000002' };
const account = (facts: Partial<AccountFacts>): AccountFacts => ({ status: 'active', hospitalCode: '1000001', ...facts });

describe('checkCredentialRequest', () => {
  it.each([
    ['a main contractor asking for a new id', { hospitalCode: '1000001', purpose: 'new' as const }, { hospital: main }, undefined],
    ['a network hospital through its main contractor', { hospitalCode: '1000001', networkHospitalCode: '1000101', purpose: 'new' as const }, { hospital: main, networkHospital: network }, undefined],
    ['an unknown hospital', { hospitalCode: '9999999', purpose: 'new' as const }, {}, 'UNKNOWN_HOSPITAL'],
    ['a network hospital asking directly', { hospitalCode: '1000101', purpose: 'new' as const }, { hospital: network }, 'MUST_REQUEST_VIA_MAIN_CONTRACTOR'],
    ['a network hospital of another main contractor', { hospitalCode: '1000001', networkHospitalCode: '1000103', purpose: 'new' as const }, { hospital: main, networkHospital: foreignNetwork }, 'NOT_IN_MAIN_CONTRACTOR_NETWORK'],
    ['a main contractor named as the network hospital', { hospitalCode: '1000001', networkHospitalCode: '1000002', purpose: 'new' as const }, { hospital: main, networkHospital: otherMain }, 'NOT_A_NETWORK_HOSPITAL'],
    ['reuse of an unknown id', { hospitalCode: '1000001', purpose: 'reuse' as const, userId: 'x' }, { hospital: main }, 'USER_ID_NOT_FOUND'],
    ['reuse of an active id', { hospitalCode: '1000001', purpose: 'reuse' as const, userId: 'x' }, { hospital: main, account: account({}) }, 'USER_ID_NOT_REVOKED_FOR_INACTIVITY'],
    ['reuse of an id revoked for another reason', { hospitalCode: '1000001', purpose: 'reuse' as const, userId: 'x' }, { hospital: main, account: account({ status: 'revoked', revokedReason: 'admin' }) }, 'USER_ID_NOT_REVOKED_FOR_INACTIVITY'],
    ['reuse of an id revoked for inactivity', { hospitalCode: '1000001', purpose: 'reuse' as const, userId: 'x' }, { hospital: main, account: account({ status: 'revoked', revokedReason: 'inactivity' }) }, undefined],
    ['cancel of an active id of the hospital', { hospitalCode: '1000001', purpose: 'cancel' as const, userId: 'x' }, { hospital: main, account: account({}) }, undefined],
    ['cancel of a network hospital id through the main contractor', { hospitalCode: '1000001', networkHospitalCode: '1000101', purpose: 'cancel' as const, userId: 'x' }, { hospital: main, networkHospital: network, account: account({ hospitalCode: '1000101' }) }, undefined],
    ['cancel of another hospital id', { hospitalCode: '1000001', purpose: 'cancel' as const, userId: 'x' }, { hospital: main, account: account({ hospitalCode: '1000002' }) }, 'USER_ID_NOT_IN_HOSPITAL'],
    ['cancel of a revoked id', { hospitalCode: '1000001', purpose: 'cancel' as const, userId: 'x' }, { hospital: main, account: account({ status: 'revoked' }) }, 'USER_ID_NOT_ACTIVE'],
  ])('%s', (_name, input, facts, expected) => {
    expect(checkCredentialRequest(input, facts)?.code).toBe(expected);
  });
});
