// Which of the media types a route can answer in the caller prefers (RFC 9110 §12.5.1): q-values,
// wildcards and letter case as the header says; no Accept header means the first (the default).
import Negotiator from 'negotiator';
import { AppError } from './errors';

/** The preferred one of `available` (default first), or a 406 NOT_ACCEPTABLE naming what can be had. */
export function negotiateMediaType<T extends string>(accept: string | undefined, available: readonly [T, ...T[]]): T {
  if (accept === undefined || accept.trim() === '') return available[0];
  const chosen = new Negotiator({ headers: { accept } }).mediaType([...available]);
  if (chosen === undefined) throw new AppError(406, 'NOT_ACCEPTABLE', [], `available: ${available.join(', ')}`);
  // negotiator answers in the spelling of `available`
  return chosen as T;
}
