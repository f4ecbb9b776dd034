// The local API adapter picks routes the way API Gateway does, whatever the order of the table.
import { describe, expect, it } from 'vitest';
import { bySpecificity, matchRoute } from '../../../local/api-server';
import { complaintsRoutes } from '../../../shared/http/routes/complaints';

describe('matchRoute', () => {
  it('prefers a literal segment to a path parameter', () => {
    const match = matchRoute('GET', '/api/complaints/track/AB12CD34');
    expect(match).toMatchObject({ route: { id: 'complaints.track' }, params: { trackingCode: 'AB12CD34' } });
  });

  it('orders a table listed the other way round', () => {
    const { getComplaint, trackComplaint } = complaintsRoutes;
    expect([getComplaint, trackComplaint].sort(bySpecificity)[0]).toBe(trackComplaint);
    expect([trackComplaint, getComplaint].sort(bySpecificity)[0]).toBe(trackComplaint);
  });

  it('orders consistently whatever the input order (literal before parameter, segment by segment)', () => {
    const route = (path: string) => ({ ...complaintsRoutes.getComplaint, path });
    const paths = ['/api/x/{id}', '/api/x', '/api/x/lit', '/api/{a}/lit', '/api/x/{id}/y'];
    const sorted = (list: string[]) => list.map(route).sort(bySpecificity).map((r) => r.path);
    const expected = sorted(paths);
    expect(expected.indexOf('/api/x/lit')).toBeLessThan(expected.indexOf('/api/x/{id}'));
    expect(expected.indexOf('/api/x/lit')).toBeLessThan(expected.indexOf('/api/{a}/lit'));
    expect(sorted([...paths].reverse())).toEqual(expected);
    expect(sorted([paths[2]!, paths[0]!, paths[4]!, paths[1]!, paths[3]!])).toEqual(expected);
  });

  it('fills path parameters, decoded', () => {
    const match = matchRoute('GET', '/api/complaints/C%2D1');
    expect(match).toMatchObject({ route: { id: 'complaints.get' }, params: { complaintId: 'C-1' } });
  });

  it('tells a wrong method from an unknown path', () => {
    expect(matchRoute('DELETE', '/api/complaints/track/AB12CD34')).toBe('method-not-allowed');
    expect(matchRoute('GET', '/api/nowhere')).toBeUndefined();
  });

  it('answers HEAD with the GET route of the path', () => {
    expect(matchRoute('HEAD', '/api/complaints/track/AB12CD34')).toMatchObject({ route: { id: 'complaints.track' } });
    expect(matchRoute('HEAD', '/api/auth/login')).toBe('method-not-allowed');
  });
});
