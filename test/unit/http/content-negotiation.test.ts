import { describe, expect, it } from 'vitest';
import { negotiateMediaType } from '../../../shared/http/content-negotiation';
import { AppError } from '../../../shared/http/errors';

const REPORT = ['application/json', 'text/csv', 'application/pdf'] as const;

describe('negotiateMediaType', () => {
  it('answers the default without an Accept header, or with an empty one', () => {
    expect(negotiateMediaType(undefined, REPORT)).toBe('application/json');
    expect(negotiateMediaType('  ', REPORT)).toBe('application/json');
  });

  it('honours q-values, not the order or mere presence of a type', () => {
    expect(negotiateMediaType('text/csv;q=0.5, application/json', REPORT)).toBe('application/json');
    expect(negotiateMediaType('application/json;q=0.1, text/csv;q=0.2', REPORT)).toBe('text/csv');
    expect(negotiateMediaType('application/pdf;q=0, text/csv', REPORT)).toBe('text/csv');
  });

  it('takes wildcards and any letter case', () => {
    expect(negotiateMediaType('*/*', REPORT)).toBe('application/json');
    expect(negotiateMediaType('text/*', REPORT)).toBe('text/csv');
    expect(negotiateMediaType('Application/PDF', REPORT)).toBe('application/pdf');
  });

  it('refuses with 406 NOT_ACCEPTABLE when nothing fits', () => {
    const attempt = () => negotiateMediaType('image/png, application/json;q=0', REPORT);
    expect(attempt).toThrow(AppError);
    try {
      attempt();
    } catch (e) {
      expect([(e as AppError).status, (e as AppError).code]).toEqual([406, 'NOT_ACCEPTABLE']);
    }
  });
});
