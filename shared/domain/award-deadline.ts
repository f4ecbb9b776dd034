// Award submission deadlines: online, e-mail and postal on-time rules, postmark checks, upload window.
import { bangkokDate, isValidIsoDate } from '../time/bangkok';
import type { AwardProgramme } from './award-programme';

/** A calendar date in Asia/Bangkok, `YYYY-MM-DD`. */
export type IsoDate = string;

export type Judgement =
  | { status: 'received' }
  | { status: 'late'; lateReason: 'RECEIVED_AFTER_DEADLINE' | 'POSTMARK_AFTER_DEADLINE' };

export type PostmarkIssueCode =
  | 'POSTMARK_AFTER_RECEIPT'
  | 'POSTMARK_IN_FUTURE'
  | 'POSTMARK_BEFORE_OPENING'
  | 'RECEIVED_IN_FUTURE';

export interface PostmarkIssue {
  code: PostmarkIssueCode;
  path: 'postmarkDate' | 'receivedDate';
}

export interface DeadlineExtension {
  deadline: IsoDate;
}

// Dates reach this module already validated by zod at the edge; a malformed one here
// is a programming error, and comparing it as a string would give a silent wrong answer.
function assertIsoDate(value: string, name: string): IsoDate {
  if (!isValidIsoDate(value)) throw new RangeError(`${name} must be a calendar date YYYY-MM-DD, got "${value}"`);
  return value;
}

/** The Bangkok calendar date of an instant (shared/time/bangkok.ts), refusing an invalid Date. */
function bangkokDateOf(instant: Date, name: string): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError(`${name} is an invalid Date`);
  return bangkokDate(instant);
}

/**
 * The deadline that applies to one hospital: the programme's, or its extension.
 * An extension only ever moves the deadline later; an earlier one is ignored rather
 * than shortening a hospital's time by mistake.
 */
export function effectiveDeadline(
  programme: Pick<AwardProgramme, 'deadline'>,
  extension?: DeadlineExtension,
): IsoDate {
  const base = assertIsoDate(programme.deadline, 'programme.deadline');
  if (!extension) return base;
  const extended = assertIsoDate(extension.deadline, 'extension.deadline');
  return extended > base ? extended : base;
}

/** On time up to and including 23:59:59.999 Bangkok time on the deadline date. */
export function isOnlineOnTime(receivedAt: Date, deadlineDate: IsoDate): boolean {
  return bangkokDateOf(receivedAt, 'receivedAt') <= assertIsoDate(deadlineDate, 'deadlineDate');
}

/** Judges an online `submit` by the server time it was accepted. */
export function judgeOnline(receivedAt: Date, deadlineDate: IsoDate): Judgement {
  return isOnlineOnTime(receivedAt, deadlineDate)
    ? { status: 'received' }
    : { status: 'late', lateReason: 'RECEIVED_AFTER_DEADLINE' };
}

/** E-mail counts by the instant it arrived, exactly like an online submission. */
export function judgeEmail(emailReceivedAt: Date, deadlineDate: IsoDate): Judgement {
  return judgeOnline(emailReceivedAt, deadlineDate);
}

/**
 * Post counts by the postmark date ("นับถึงวันที่ประทับตรา"): a letter postmarked on or
 * before the deadline is on time however late it arrives.
 */
export function judgePostal(postmarkDate: IsoDate, deadlineDate: IsoDate): Judgement {
  return assertIsoDate(postmarkDate, 'postmarkDate') <= assertIsoDate(deadlineDate, 'deadlineDate')
    ? { status: 'received' }
    : { status: 'late', lateReason: 'POSTMARK_AFTER_DEADLINE' };
}

/**
 * Checks the dates an officer typed for a postal submission. Every problem is reported
 * (not just the first) so the form can mark each field at once; an empty array means
 * the dates are plausible. All four are Bangkok calendar dates; `today` is today's.
 */
export function validatePostmark(input: {
  postmarkDate: IsoDate;
  receivedDate: IsoDate;
  today: IsoDate;
  opensOn: IsoDate;
}): PostmarkIssue[] {
  const postmark = assertIsoDate(input.postmarkDate, 'postmarkDate');
  const received = assertIsoDate(input.receivedDate, 'receivedDate');
  const today = assertIsoDate(input.today, 'today');
  const opensOn = assertIsoDate(input.opensOn, 'opensOn');

  const issues: PostmarkIssue[] = [];
  if (postmark > received) issues.push({ code: 'POSTMARK_AFTER_RECEIPT', path: 'postmarkDate' });
  if (postmark > today) issues.push({ code: 'POSTMARK_IN_FUTURE', path: 'postmarkDate' });
  if (postmark < opensOn) issues.push({ code: 'POSTMARK_BEFORE_OPENING', path: 'postmarkDate' });
  if (received > today) issues.push({ code: 'RECEIVED_IN_FUTURE', path: 'receivedDate' });
  return issues;
}

/**
 * Whether presigned uploads may be issued now: from the opening date (Bangkok) to the
 * end of the effective deadline date. An upload that starts before midnight may land
 * after it; that is fine, because `submit` is judged on its own time.
 */
export function uploadsOpen(
  now: Date,
  programme: Pick<AwardProgramme, 'opensOn' | 'deadline'>,
  extension?: DeadlineExtension,
): boolean {
  const today = bangkokDateOf(now, 'now');
  return today >= assertIsoDate(programme.opensOn, 'programme.opensOn') && today <= effectiveDeadline(programme, extension);
}
