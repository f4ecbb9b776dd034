// Award programmes (data, one per year), submissions (one per hospital and year), committee
// scores, deadline extensions and results.
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import type { AwardAllocation } from '../domain/award-allocation';
import type { AwardProgramme } from '../domain/award-programme';
import { GSI1, isConditionFailed, tableName, withoutKeys } from './table';
import type { TableRead, TableWrite } from './transaction';

const programmeKey = (yearBE: number) => ({ pk: `AWARD#${yearBE}`, sk: 'PROGRAMME' });
const resultsKey = (yearBE: number) => ({ pk: `AWARD#${yearBE}`, sk: 'RESULTS' });

export async function putProgramme(programme: AwardProgramme): Promise<void> {
  await ddb.send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...programmeKey(programme.yearBE), gsi1pk: 'AWARD_PROGRAMMES', gsi1sk: String(programme.yearBE), ...programme },
    }),
  );
}

export async function getProgramme(yearBE: number): Promise<AwardProgramme | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: programmeKey(yearBE) }));
  return Item ? withoutKeys<AwardProgramme>(Item) : undefined;
}

/** The programme of a year, as a read to make with others (shared/data/transaction.ts). */
export const programmeRead = (yearBE: number): TableRead<AwardProgramme | undefined> => ({
  Key: programmeKey(yearBE),
  decode: (item) => (item ? withoutKeys<AwardProgramme>(item) : undefined),
});

export async function listProgrammes(): Promise<AwardProgramme[]> {
  const page = await ddb.send(new QueryCommand({ TableName: tableName(), IndexName: GSI1, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': 'AWARD_PROGRAMMES' } }));
  return (page.Items ?? []).map((i) => withoutKeys<AwardProgramme>(i));
}

export type SubmissionStatus = 'draft' | 'received' | 'late';
export type FileSlot = 'applicationForm' | 'selfAssessment';
export const FILE_SLOTS: FileSlot[] = ['applicationForm', 'selfAssessment'];

export interface SubmissionFile {
  /** Where its upload slot puts the file (online: the hospital; post and e-mail: the officer's scan). */
  key: string;
  expectedSha256?: string;
  expectedSize?: number;
  /** Set once the checked file is received: at submit, or when an officer attaches a scan. */
  sha256?: string;
  size?: number;
  versionId?: string;
  /** The write-once copy made when it was received (`received/…`); every download reads this one. */
  receivedKey?: string;
  /** A scan attached by an officer to a postal or e-mail entry: who and when. */
  attachedBy?: string;
  attachedAt?: string;
}

export interface AwardSubmission {
  submissionId: string;
  yearBE: number;
  hospitalCode: string;
  channel: 'online' | 'post' | 'email';
  status: SubmissionStatus;
  createdAt: string;
  createdBy: string;
  receivedAt?: string;
  postmarkDate?: string;
  receivedDate?: string;
  emailReceivedAt?: string;
  lateReason?: string;
  files: Record<FileSlot, SubmissionFile>;
  history: Array<{ at: string; status: SubmissionStatus; files: Record<string, string | undefined> }>;
}

export const submissionIdOf = (yearBE: number, hospitalCode: string) => `AW-${yearBE}-${hospitalCode}`;
/** The aggregate a submission's audit records are kept under (shared/data/audit-repository.ts). */
export const submissionAggregate = (submissionId: string) => `AWARDSUB#${submissionId}`;
/** The aggregate a programme's audit records (saved, extensions, results) are kept under. */
export const programmeAggregate = (yearBE: number) => `AWARD#${yearBE}`;
const subKey = (id: string) => ({ pk: submissionAggregate(id), sk: 'SUBMISSION' });

export async function getSubmission(submissionId: string): Promise<AwardSubmission | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: subKey(submissionId), ConsistentRead: true }));
  return Item ? withoutKeys<AwardSubmission>(Item) : undefined;
}

/** The write of a submission, if it is still in the status that was read (undefined: must not exist yet). */
export function submissionWrite(s: AwardSubmission, expectedStatus: SubmissionStatus | undefined, expectedReceivedAt?: string) {
  const conditions = expectedStatus ? ['#status = :expected', expectedReceivedAt ? 'receivedAt = :rat' : 'attribute_not_exists(receivedAt)'] : ['attribute_not_exists(pk)'];
  return {
    Put: {
      Item: { ...subKey(s.submissionId), gsi1pk: `AWARD#${s.yearBE}#SUBMISSIONS`, gsi1sk: s.hospitalCode, ...s },
      ConditionExpression: conditions.join(' AND '),
      ...(expectedStatus
        ? { ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':expected': expectedStatus, ...(expectedReceivedAt ? { ':rat': expectedReceivedAt } : {}) } }
        : {}),
    },
  } satisfies TableWrite;
}

/** Writes a submission if it is still in the status that was read (undefined: must not exist yet). */
export async function saveSubmission(s: AwardSubmission, expectedStatus: SubmissionStatus | undefined, expectedReceivedAt?: string): Promise<boolean> {
  try {
    await ddb.send(new PutCommand({ TableName: tableName(), ...submissionWrite(s, expectedStatus, expectedReceivedAt).Put }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

export async function listSubmissions(yearBE: number): Promise<AwardSubmission[]> {
  const page = await ddb.send(new QueryCommand({ TableName: tableName(), IndexName: GSI1, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': `AWARD#${yearBE}#SUBMISSIONS` } }));
  return (page.Items ?? []).map((i) => withoutKeys<AwardSubmission>(i));
}

export interface Extension {
  yearBE: number;
  hospitalCode: string;
  deadline: string;
  reason: string;
  grantedBy: string;
  grantedAt: string;
}

export async function putExtension(e: Extension): Promise<void> {
  await ddb.send(new PutCommand({ TableName: tableName(), Item: { pk: `AWARD#${e.yearBE}`, sk: `EXTENSION#${e.hospitalCode}`, ...e } }));
}

export async function getExtension(yearBE: number, hospitalCode: string): Promise<Extension | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: { pk: `AWARD#${yearBE}`, sk: `EXTENSION#${hospitalCode}` } }));
  return Item ? withoutKeys<Extension>(Item) : undefined;
}

/** Every extension of a year (the programme's own partition): a programme change is checked against them. */
export async function listExtensions(yearBE: number): Promise<Extension[]> {
  const page = await ddb.send(
    new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'pk = :pk AND begins_with(sk, :s)', ExpressionAttributeValues: { ':pk': `AWARD#${yearBE}`, ':s': 'EXTENSION#' } }),
  );
  return (page.Items ?? []).map((i) => withoutKeys<Extension>(i));
}

export interface Score {
  submissionId: string;
  memberId: string;
  /** The member's panel when they scored (head office, area/provincial offices, insured persons). */
  panel: string;
  criteria: Record<string, number>;
  weighted: number;
  supportsSsoWork: boolean;
  scoredAt: string;
}

export async function putScore(s: Score): Promise<void> {
  await ddb.send(new PutCommand({ TableName: tableName(), Item: { pk: `AWARDSUB#${s.submissionId}`, sk: `SCORE#${s.memberId}`, ...s } }));
}

export async function listScores(submissionId: string): Promise<Score[]> {
  const page = await ddb.send(
    new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'pk = :pk AND begins_with(sk, :s)', ExpressionAttributeValues: { ':pk': `AWARDSUB#${submissionId}`, ':s': 'SCORE#' } }),
  );
  return (page.Items ?? []).map((i) => withoutKeys<Score>(i));
}

export interface Results extends AwardAllocation {
  yearBE: number;
  status: 'draft' | 'published';
  computedAt: string;
  computedBy: string;
  publishedAt?: string;
}

export async function putResults(r: Results): Promise<void> {
  await ddb.send(new PutCommand({ TableName: tableName(), Item: { ...resultsKey(r.yearBE), ...r } }));
}

export async function getResults(yearBE: number): Promise<Results | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: resultsKey(yearBE) }));
  return Item ? withoutKeys<Results>(Item) : undefined;
}

/** A year's results (draft or published), as a read to make with others. */
export const resultsRead = (yearBE: number): TableRead<Results | undefined> => ({ Key: resultsKey(yearBE), decode: (item) => (item ? withoutKeys<Results>(item) : undefined) });
