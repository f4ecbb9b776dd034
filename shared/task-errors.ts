// Workflow tasks tell Step Functions which failures are worth retrying: a throttled or briefly
// unavailable AWS service, a timeout, is a `TransientError` (the state machine retries it with
// backoff); anything else (a bug, bad data) fails the execution at once, for the alarm.
import { THROTTLING_ERROR_NAMES } from './aws/throttling-errors';

/** A failure that the same call may not meet again in a few seconds. */
export class TransientError extends Error {
  override readonly name = 'TransientError';
  constructor(cause: Error) {
    super(`${cause.name}: ${cause.message}`, { cause });
  }
}

/** Beyond throttling: the failures of a call that did not get an answer in time. */
const TIMEOUT_NAMES = new Set(['InternalFailure', 'TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'ECONNRESET', 'ETIMEDOUT']);
const TRANSIENT_NAMES = new Set([...THROTTLING_ERROR_NAMES, ...TIMEOUT_NAMES]);

export function isTransient(error: unknown): boolean {
  const e = error as { name?: string; code?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } } | undefined;
  if (!e) return false;
  return TRANSIENT_NAMES.has(e.name ?? '') || TRANSIENT_NAMES.has(e.code ?? '') || !!e.$retryable || (e.$metadata?.httpStatusCode ?? 0) >= 500;
}

/** Runs a task, marking its transient failures for Step Functions' retry. */
export async function asTask<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw isTransient(error) ? new TransientError(error as Error) : error;
  }
}
