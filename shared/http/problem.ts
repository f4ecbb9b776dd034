// RFC 9457 problem responses: the one place where errors become HTTP.
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { t } from '../i18n/messages';
import type { Lang } from '../i18n/lang';
import { THROTTLING_ERROR_NAMES } from '../aws/throttling-errors';
import { conflicted } from '../data/transaction';
import { AppError, TooManyRequestsError } from './errors';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors: Array<{ path: string; code: string; message: string; line?: number; field?: string }>;
}

export function problemBody(error: AppError, lang: Lang): ProblemBody {
  return {
    type: `https://sso-hospital-services.example/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: t(error.code, lang),
    status: error.status,
    code: error.code,
    ...(error.detail ? { detail: error.detail } : {}),
    errors: error.errors.map((e) => ({
      path: e.path,
      code: e.code,
      message: e.message ?? t(e.code, lang),
      ...(e.line !== undefined ? { line: e.line } : {}),
      ...(e.field !== undefined ? { field: e.field } : {}),
    })),
  };
}

export function problemResponse(error: AppError, lang: Lang): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: error.status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'content-language': lang,
      ...(error.status === 503 ? { 'retry-after': '2' } : {}),
      ...(error instanceof TooManyRequestsError ? { 'retry-after': String(error.retryAfterSeconds) } : {}),
    },
    body: JSON.stringify(problemBody(error, lang)),
  };
}

/** Maps anything thrown to an AppError; unknown errors become a 500 that leaks nothing. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = error as { statusCode?: number; status?: number; message?: string; cause?: unknown } | undefined;
  const status = e?.statusCode ?? e?.status;
  // http-errors thrown by middy's body parser
  // middy's JSON body parser answers 415 for both a wrong content type and malformed JSON
  if (status === 415 && e?.message?.includes('malformed')) return new AppError(400, 'INVALID_JSON');
  if (status === 415) return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE');
  if (status === 413) return new AppError(413, 'PAYLOAD_TOO_LARGE');
  if (status === 422 || status === 400) return new AppError(400, 'INVALID_JSON');
  // AWS throttled us or was briefly unavailable (after the SDK's own retries): ask to retry
  const name = (error as { name?: string } | undefined)?.name ?? '';
  if (THROTTLING_ERROR_NAMES.has(name) || (error as { $retryable?: unknown } | undefined)?.$retryable) return new AppError(503, 'TEMPORARILY_UNAVAILABLE');
  // a transaction met another one still in flight on the same items: a retry finds that one's outcome
  if (conflicted(error)) return new AppError(503, 'TEMPORARILY_UNAVAILABLE');
  return new AppError(500, 'INTERNAL');
}
