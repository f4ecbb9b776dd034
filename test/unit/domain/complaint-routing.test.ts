import { describe, expect, it } from 'vitest';
import { officeForProvince, routeComplaint, UnknownHospitalError } from '../../../shared/domain/complaint-routing';

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

describe('officeForProvince', () => {
  it.each<[string, string | undefined, string]>([
    ['10', 'BKK-01', 'BKK-01'],
    ['10', 'BKK-12', 'BKK-12'],
    ['50', undefined, 'PRV-50'],
    ['96', undefined, 'PRV-96'],
    ['50', 'BKK-01', 'PRV-50'],
  ])('province %s with area office %s goes to %s', (province, area, expected) => {
    expect(officeForProvince(province, area)).toBe(expected);
  });

  it.each<[string, string | undefined, string]>([
    ['10', undefined, 'Bangkok without its area office'],
    ['10', 'BKK-13', 'there are 12 Bangkok area offices'],
    ['10', 'BKK-00', 'area offices count from 1'],
    ['10', 'BKK-1', 'two digits'],
    ['5', undefined, 'a one-digit province code'],
    ['Bangkok', undefined, 'a name instead of a code'],
  ])('refuses province %s with area office %s (%s)', (province, area) => {
    expect(() => officeForProvince(province, area)).toThrow(RangeError);
  });
});
