import { describe, expect, it } from 'vitest';
import { routeComplaint, UnknownHospitalError } from '../../../shared/domain/complaint-routing';

describe('routeComplaint', () => {
  it('routes to the office recorded for the hospital', () => {
    expect(routeComplaint({ code: '1100001', officeCode: 'BKK-03' })).toEqual({ officeCode: 'BKK-03' });
    expect(routeComplaint({ code: '5000001', officeCode: 'PRV-50' })).toEqual({ officeCode: 'PRV-50' });
  });

  it('refuses a hospital the registry does not know, with a typed error', () => {
    expect(() => routeComplaint(undefined)).toThrow(UnknownHospitalError);
    let caught: unknown;
    try {
      routeComplaint(undefined, '9999999');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownHospitalError);
    expect(caught).toMatchObject({ name: 'UnknownHospitalError', code: 'unknown-hospital', hospitalCode: '9999999' });
  });
});
