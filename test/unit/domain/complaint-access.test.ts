// Who acts on a case: seeing it is not enough for the Bureau and the Legal Division.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/auth/roles';
import { canActOnComplaint, canSeeComplaint } from '../../../shared/domain/complaint-access';

const as = (role: Role, officeCode?: string) => ({ userId: 'u', roles: [role], ...(officeCode ? { officeCode } : {}) });
const aCase = (over: { involvedUnits?: string[]; breaches?: string[] } = {}) => ({ officeCode: 'BKK-01', involvedUnits: [], breaches: [], ...over });

describe('canActOnComplaint', () => {
  it('lets the Information Center and admins act on any case', () => {
    expect(canActOnComplaint(as('info-center'), aCase())).toBe(true);
    expect(canActOnComplaint(as('admin'), aCase())).toBe(true);
  });

  it('lets an area office act on its own office’s cases only', () => {
    expect(canActOnComplaint(as('area-office', 'BKK-01'), aCase())).toBe(true);
    expect(canActOnComplaint(as('area-office', 'BKK-02'), aCase())).toBe(false);
  });

  it('lets the Medical Services Bureau see every case but act once brought in or escalated to it (third breach)', () => {
    expect(canSeeComplaint(as('medical-bureau'), aCase())).toBe(true);
    expect(canActOnComplaint(as('medical-bureau'), aCase())).toBe(false);
    expect(canActOnComplaint(as('medical-bureau'), aCase({ breaches: ['route', 'acknowledge'] }))).toBe(false);
    expect(canActOnComplaint(as('medical-bureau'), aCase({ breaches: ['route', 'acknowledge', 'report-back'] }))).toBe(true);
    expect(canActOnComplaint(as('medical-bureau'), aCase({ involvedUnits: ['MSB'] }))).toBe(true);
  });

  it('lets the Legal Division act only on cases it was brought into', () => {
    expect(canActOnComplaint(as('legal'), aCase())).toBe(false);
    expect(canActOnComplaint(as('legal'), aCase({ involvedUnits: ['LEGAL'] }))).toBe(true);
  });
});

describe('which task failures the SLA workflow retries', () => {
  it('marks throttling, timeouts and 5xx as transient, and nothing else', async () => {
    const { asTask, isTransient, TransientError } = await import('../../../shared/task-errors');
    expect(isTransient(Object.assign(new Error('x'), { name: 'ProvisionedThroughputExceededException' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { name: 'TimeoutError' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { name: 'Whatever', $metadata: { httpStatusCode: 503 } }))).toBe(true);
    expect(isTransient(new TypeError('cannot read'))).toBe(false);
    await expect(asTask(() => Promise.reject(Object.assign(new Error('slow'), { name: 'ThrottlingException' })))).rejects.toBeInstanceOf(TransientError);
    await expect(asTask(() => Promise.reject(new TypeError('bug')))).rejects.toBeInstanceOf(TypeError);
  });
});
