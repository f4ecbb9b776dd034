// Turns zod issues into field errors with stable codes (messages come from the catalog).
import type { $ZodError } from 'zod/v4/core';
import type { FieldError } from './errors';

const OUR_CODE = /^[A-Z][A-Z0-9_]+$/;

/** One error per field (the first zod reports), with our stable codes. */
export function zodToFieldErrors(error: $ZodError, prefix: string): FieldError[] {
  const seen = new Set<string>();
  return toFieldErrors(error, prefix).filter((e) => !seen.has(e.path) && seen.add(e.path));
}

function toFieldErrors(error: $ZodError, prefix: string): FieldError[] {
  const join = (path: PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.');
  return error.issues.flatMap((issue): FieldError[] => {
    const path = join(issue.path);
    // Our own refinements carry their code as the message, e.g. `NATIONAL_ID_CHECKSUM`.
    if (OUR_CODE.test(issue.message)) return [{ path, code: issue.message }];
    switch (issue.code) {
      case 'invalid_type':
        return [{ path, code: issue.input === undefined || issue.input === null ? 'REQUIRED' : 'INVALID_TYPE' }];
      case 'too_small':
        if (issue.origin === 'string' && issue.minimum === 1) return [{ path, code: 'REQUIRED' }];
        return [{ path, code: issue.origin === 'string' ? 'TOO_SHORT' : 'TOO_SMALL' }];
      case 'too_big':
        return [{ path, code: issue.origin === 'string' ? 'TOO_LONG' : 'TOO_BIG' }];
      case 'invalid_format':
        return [{ path, code: issue.format === 'email' ? 'INVALID_EMAIL' : 'INVALID_VALUE' }];
      case 'invalid_value':
        return [{ path, code: 'INVALID_OPTION' }];
      case 'unrecognized_keys':
        return issue.keys.map((k) => ({ path: join([...issue.path, k]), code: 'UNKNOWN_FIELD' }));
      default:
        return [{ path, code: 'INVALID_VALUE' }];
    }
  });
}
