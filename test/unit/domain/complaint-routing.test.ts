import { describe, expect, it } from 'vitest';
import { routeComplaint } from '../../../shared/domain/complaint-routing';

describe('routeComplaint', () => {
  it('routes to the office recorded for the hospital', () => {
    expect(routeComplaint({ code: '1100001', officeCode: 'BKK-03' })).toEqual({ officeCode: 'BKK-03' });
    expect(routeComplaint({ code: '5000001', officeCode: 'PRV-50' })).toEqual({ officeCode: 'PRV-50' });
  });
});
