// One error hierarchy for every handler; `problem.ts` is the one place that maps it to HTTP.

export interface FieldError {
  /** Dotted path of the field, e.g. `complainant.email`. */
  path: string;
  /** Stable machine code, e.g. `NATIONAL_ID_CHECKSUM`. */
  code: string;
  /** Optional message override; otherwise the catalog text for `code`. */
  message?: string;
  /** For a file upload (e.g. a CSV import): the line of the file (header = 1) and the column. */
  line?: number;
  field?: string;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly errors: FieldError[] = [],
    readonly detail?: string,
  ) {
    super(code);
  }
}

/** 400: one entry per bad field. */
export class ValidationError extends AppError {
  override name = 'ValidationError';
  constructor(errors: FieldError[], code = 'VALIDATION_FAILED') {
    super(400, code, errors);
  }
}

/** 400 with a rule's own code (e.g. an impossible postmark date) and the field it is about. */
export class BadInputError extends AppError {
  override name = 'BadInputError';
  constructor(code: string, path?: string) {
    super(400, code, path ? [{ path, code }] : []);
  }
}

export class UnauthenticatedError extends AppError {
  override name = 'UnauthenticatedError';
  constructor(code = 'UNAUTHENTICATED') {
    super(401, code);
  }
}

export class ForbiddenError extends AppError {
  override name = 'ForbiddenError';
  constructor(code = 'FORBIDDEN') {
    super(403, code);
  }
}

export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  constructor(code = 'NOT_FOUND') {
    super(404, code);
  }
}

export class ConflictError extends AppError {
  override name = 'ConflictError';
  constructor(code = 'CONFLICT') {
    super(409, code);
  }
}

/** 422: the request is well-formed but a business rule refuses it. */
export class RuleError extends AppError {
  override name = 'RuleError';
  constructor(code: string, path?: string) {
    super(422, code, path ? [{ path, code }] : []);
  }
}

/** 429: too many attempts; try again after `retryAfterSeconds` (sent as Retry-After). */
export class TooManyRequestsError extends AppError {
  override name = 'TooManyRequestsError';
  constructor(
    code: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, code);
  }
}
