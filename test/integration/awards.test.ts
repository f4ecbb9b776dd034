// The Hospital of the Heart award against the emulators: programme data, online uploads straight to
// S3 checked after landing, the deadline, postal and e-mail entries, extensions, committee scoring,
// allocation and publication.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, samplePdf, startTestStack, type TestStack } from './support/test-stack';

let stack: TestStack;
let hospital: string;
let officer: string;
let committee: string;
let admin: string;

beforeAll(async () => {
  stack = await startTestStack();
  hospital = await stack.login('demo-hospital');
  officer = await stack.login('demo-awards-officer');
  committee = await stack.login('demo-committee');
  admin = await stack.login('demo-admin');
});
afterAll(async () => {
  await stack?.stop();
});

type Upload = { url: string; method: string; headers: Record<string, string> };
const put = async (u: Upload, bytes: Buffer) => expect((await fetch(u.url, { method: u.method, headers: u.headers, body: new Uint8Array(bytes) })).status).toBe(200);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
type Documents = { complete: boolean; missingDocuments: string[]; documents: Array<{ document: string; status: string; sha256?: string }> };
type Download = { url: string; expiresAt: string; sha256: string };
/** The bytes behind a document's download link, as an officer (or committee member) gets them. */
async function download(token: string, submissionId: string, document: string): Promise<Buffer> {
  const link = await stack.call<Download>('GET', `/award-submissions/${submissionId}/documents/${document}`, { token });
  expect(link.status, JSON.stringify(link.body)).toBe(200);
  const res = await fetch(link.body.url);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}
/** The officer uploads both scans of a postal or e-mail entry through its slots and attaches them. */
async function attachScans(submissionId: string, uploads: Record<string, Upload>, scans = { applicationForm: samplePdf(2000, `${submissionId} application`), selfAssessment: samplePdf(3000, `${submissionId} assessment`) }) {
  await put(uploads.applicationForm!, scans.applicationForm);
  await put(uploads.selfAssessment!, scans.selfAssessment);
  const attached = await stack.call<Documents>('POST', `/award-submissions/${submissionId}/scans`, { token: officer });
  expect(attached.status, JSON.stringify(attached.body)).toBe(200);
  return { attached: attached.body, scans };
}

describe('programmes', () => {
  it('publishes 2562 exactly as the seed: 20 awards, 1,900,000 THB', async () => {
    const res = await stack.call<{ deadline: string; announceOn: string; totalAwards: number; totalPrizeThb: number; categories: Array<{ id: string; count: number; prizeThb: number }> }>('GET', '/award-programmes/2562');
    expect(res.body).toMatchObject({ deadline: '2019-07-10', announceOn: '2019-09-03', totalAwards: 20, totalPrizeThb: 1_900_000 });
    expect(res.body.categories.map((c) => [c.id, c.count, c.prizeThb])).toEqual([
      ['honour', 2, 100000],
      ['winner', 4, 200000],
      ['first-runner-up', 4, 100000],
      ['second-runner-up', 4, 50000],
      ['special', 6, 50000],
    ]);
  });
});

describe('online submission', () => {
  const application = samplePdf(200_000, 'application');
  const assessment = samplePdf(300_000, 'self-assessment');
  let received: { submissionId: string; uploads: Record<string, Upload> };

  it('refuses to submit before both files are in, and refuses a non-PDF after it lands', async () => {
    const started = await stack.call<{ submissionId: string; uploads: Record<string, Upload> }>('POST', '/award-programmes/2570/submissions', { token: hospital, body: {} });
    expect(started.status).toBe(201);
    expect(started.body.submissionId).toBe('AW-2570-1000001');
    const early = await stack.call<{ code: string }>('POST', `/award-submissions/${started.body.submissionId}/submit`, { token: hospital });
    expect(early.body.code).toBe('UPLOAD_MISSING');
    await put(started.body.uploads.applicationForm!, application);
    await put(started.body.uploads.selfAssessment!, Buffer.from('GIF89a not a pdf'));
    const bad = await stack.call<{ code: string; errors: Array<{ path: string; code: string }> }>('POST', `/award-submissions/${started.body.submissionId}/submit`, { token: hospital });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'files.selfAssessment', code: 'NOT_A_PDF' })]);
  });

  it('refuses a file over 10 MB after it lands; S3 itself refuses bytes other than the declared SHA-256', async () => {
    const started = await stack.call<{ submissionId: string; uploads: Record<string, Upload> }>('POST', '/award-programmes/2570/submissions', {
      token: hospital,
      body: { files: { selfAssessment: { sha256: sha(assessment) } } },
    });
    await put(started.body.uploads.applicationForm!, samplePdf(10 * 1024 * 1024 + 1));
    const { selfAssessment } = started.body.uploads;
    const other = await fetch(selfAssessment!.url, { method: 'PUT', headers: selfAssessment!.headers, body: new Uint8Array(samplePdf(1000, 'another file')) });
    expect(other.status).toBe(400);
    expect(await other.text()).toContain('<Code>BadDigest</Code>');
    await put(selfAssessment!, assessment);
    const bad = await stack.call<{ errors: Array<{ path: string; code: string }> }>('POST', `/award-submissions/${started.body.submissionId}/submit`, { token: hospital });
    expect(bad.body.errors.map((e) => [e.path, e.code])).toEqual([['files.applicationForm', 'FILE_TOO_LARGE']]);
  });

  it('accepts both verified PDFs before the deadline and e-mails a receipt with each SHA-256', async () => {
    // the declared length and SHA-256 are signed into each PUT; S3 (locally, the checksum front) vouches for the SHA-256
    const started = await stack.call<{ submissionId: string; uploads: Record<string, Upload> }>('POST', '/award-programmes/2570/submissions', {
      token: hospital,
      body: { files: { applicationForm: { sha256: sha(application), size: application.length }, selfAssessment: { sha256: sha(assessment), size: assessment.length } } },
    });
    expect(started.body.uploads.applicationForm!.headers['x-amz-checksum-sha256']).toBe(Buffer.from(sha(application), 'hex').toString('base64'));
    await put(started.body.uploads.applicationForm!, application);
    await put(started.body.uploads.selfAssessment!, assessment);
    const ok = await stack.call<{ status: string; receivedAt: string }>('POST', `/award-submissions/${started.body.submissionId}/submit`, { token: hospital });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('received');
    received = started.body;
    // queued with the entry, sent by the table's stream just after the answer
    const receipt = await eventually(async () => (await stack.mails()).find((m) => m.destination.to.includes('h1000001@hospital.example') && m.subject.includes('ใบรับ')));
    expect(receipt.body.text).toContain(sha(application));
    expect(receipt.body.text).toContain(sha(assessment));
    await eventually(async () => (await stack.mails()).some((m) => m.destination.to.includes('awards@sso.example') && m.subject.includes('2570')));
    const mine = await stack.call<{ status: string; history: unknown[] }>('GET', '/award-programmes/2570/my-submission', { token: hospital });
    expect(mine.body.status).toBe('received');
    expect(mine.body.history).toHaveLength(1);
    // submitting the same files again (a second click) changes nothing and sends nothing
    const receipts = async () => (await stack.mails()).filter((m) => m.destination.to.includes('h1000001@hospital.example') && m.subject.includes('ใบรับ')).length;
    const before = await receipts();
    const again = await stack.call<{ status: string; receivedAt: string }>('POST', `/award-submissions/${started.body.submissionId}/submit`, { token: hospital });
    expect([again.status, again.body.status, again.body.receivedAt]).toEqual([200, 'received', ok.body.receivedAt]);
    expect(await receipts()).toBe(before);
    expect((await stack.call<{ history: unknown[] }>('GET', '/award-programmes/2570/my-submission', { token: hospital })).body.history).toHaveLength(1);
  });

  it('freezes what was received: bytes PUT later through the old upload link change nothing, and no new upload slot is given', async () => {
    const id = received.submissionId;
    // the upload links are still valid (15 minutes), but they signed the received files' SHA-256: S3 refuses other bytes
    for (const upload of [received.uploads.applicationForm!, received.uploads.selfAssessment!]) {
      const res = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: new Uint8Array(samplePdf(1000, 'replaced after submit')) });
      expect(res.status).toBe(400);
    }
    expect((await download(officer, id, 'applicationForm')).equals(application)).toBe(true);
    expect((await download(officer, id, 'selfAssessment')).equals(assessment)).toBe(true);
    const restart = await stack.call<{ code: string }>('POST', '/award-programmes/2570/submissions', { token: hospital, body: {} });
    expect([restart.status, restart.body.code]).toEqual([409, 'ALREADY_SUBMITTED']);
    // submitting again answers the first receipt: same files, one entry in the history
    const again = await stack.call<{ status: string; files: Record<string, { sha256: string }> }>('POST', `/award-submissions/${id}/submit`, { token: hospital });
    expect([again.status, again.body.files.applicationForm!.sha256]).toEqual([200, sha(application)]);
    expect((await stack.call<{ history: unknown[] }>('GET', '/award-programmes/2570/my-submission', { token: hospital })).body.history).toHaveLength(1);
    expect((await download(officer, id, 'applicationForm')).equals(application)).toBe(true);
  });

  it('gives officers and the committee a 5-minute link to each document, and audits every download', async () => {
    const id = received.submissionId;
    const listed = await stack.call<Array<{ submissionId: string } & Documents>>('GET', '/award-programmes/2570/submissions', { token: officer });
    expect(listed.body.find((s) => s.submissionId === id)).toMatchObject({
      complete: true,
      documents: [
        { document: 'applicationForm', status: 'received', sha256: sha(application) },
        { document: 'selfAssessment', status: 'received', sha256: sha(assessment) },
      ],
    });
    const link = await stack.call<Download>('GET', `/award-submissions/${id}/documents/applicationForm`, { token: committee });
    expect(link.status).toBe(200);
    const ttl = new Date(link.body.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5 * 60_000);
    expect(Buffer.from(await (await fetch(link.body.url)).arrayBuffer()).equals(application)).toBe(true);
    // the hospital itself has its receipt; the documents route is for SSO staff
    expect((await stack.call('GET', `/award-submissions/${id}/documents/applicationForm`, { token: hospital })).status).toBe(403);
    const unknown = await stack.call<{ code: string }>('GET', `/award-submissions/${id}/documents/photo`, { token: officer });
    expect(unknown.status).toBe(400);
    // who opened which document, and when: readable by awards officers and admins
    for (const reader of [officer, admin]) {
      const trail = await stack.call<{ audit: Array<{ actor: string; action: string; document?: string; at: string }> }>('GET', `/award-submissions/${id}/audit`, { token: reader });
      expect(trail.status).toBe(200);
      const downloads = trail.body.audit.filter((a) => a.action === 'document-downloaded');
      expect(downloads).toEqual(expect.arrayContaining([
        expect.objectContaining({ actor: 'demo-awards-officer', document: 'applicationForm' }),
        expect.objectContaining({ actor: 'demo-awards-officer', document: 'selfAssessment' }),
        expect.objectContaining({ actor: 'demo-committee', document: 'applicationForm' }),
      ]));
    }
    expect((await stack.call('GET', `/award-submissions/${id}/audit`, { token: committee })).status).toBe(403);
  });

  it('keeps a submission made after the deadline, marked late, and tells the hospital', async () => {
    const programme = (await stack.call<Record<string, unknown>>('GET', '/award-programmes/2570', { token: admin })).body;
    // the year is the announcement's: 3 September 2571 BE is 2028 CE
    const year = { ...programme, yearBE: 2571, opensOn: '2026-09-01', deadline: today(), announceOn: '2028-09-03' };
    for (const k of ['totalAwards', 'totalPrizeThb']) delete (year as Record<string, unknown>)[k];
    expect((await stack.call('POST', '/award-programmes', { token: admin, body: year })).status).toBe(200);
    const started = await stack.call<{ submissionId: string; uploads: Record<string, Upload> }>('POST', '/award-programmes/2571/submissions', { token: hospital, body: {} });
    await put(started.body.uploads.applicationForm!, application);
    await put(started.body.uploads.selfAssessment!, assessment);
    // the deadline moves into the past before the hospital presses submit
    await stack.call('POST', '/award-programmes', { token: admin, body: { ...year, deadline: '2026-11-01' } });
    const late = await stack.call<{ code: string }>('POST', `/award-submissions/${started.body.submissionId}/submit`, { token: hospital });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('DEADLINE_PASSED');
    const kept = await stack.call<{ status: string; lateReason: string }>('GET', '/award-programmes/2571/my-submission', { token: hospital });
    expect(kept.body).toMatchObject({ status: 'late', lateReason: 'RECEIVED_AFTER_DEADLINE' });
    await eventually(async () => (await stack.mails()).some((m) => m.subject.includes('2571') && m.subject.includes('พ้นกำหนด')));
    const again = await stack.call<{ code: string }>('POST', '/award-programmes/2571/submissions', { token: hospital, body: {} });
    expect(again.body.code).toBe('DEADLINE_PASSED');
  });

  it('lets an awards officer extend one hospital deadline, with a reason', async () => {
    const ext = await stack.call<{ rejudged: unknown }>('POST', '/award-programmes/2571/extensions', { token: officer, body: { hospitalCode: '1000001', deadline: '2570-12-31', reason: 'ระบบไฟฟ้าขัดข้องวันสุดท้าย' } });
    expect(ext.status).toBe(200);
    // granted after the entry was judged late: the entry is judged again against it (no entry stays late inside its extension)
    expect(ext.body.rejudged).toEqual({ submissionId: 'AW-2571-1000001', from: 'late', to: 'received' });
    const mine = await stack.call<{ status: string; deadline: string }>('GET', '/award-programmes/2571/my-submission', { token: hospital });
    expect(mine.body).toMatchObject({ status: 'received', deadline: '2027-12-31' });
  });
});

describe('postal and e-mail submissions', () => {
  it.each([
    ['2562-07-10', '2562-07-15', 'received'],
    ['10/07/2019', '2019-07-12', 'received'],
    ['2019-07-11', '2019-07-12', 'late'],
  ])('judges postmark %s received %s as %s', async (postmarkDate, receivedDate, status) => {
    const codes = ['1000002', '1000003', '1000004'];
    const hospitalCode = codes[['2562-07-10', '10/07/2019', '2019-07-11'].indexOf(postmarkDate)]!;
    const res = await stack.call<{ status: string; uploads: Record<string, Upload> }>('POST', '/award-programmes/2562/postal-submissions', { token: officer, body: { hospitalCode, postmarkDate, receivedDate } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe(status);
    expect(Object.keys(res.body.uploads)).toEqual(['applicationForm', 'selfAssessment']);
    if (status === 'received') {
      // the receipt gives the day it arrived and its postmark, in the Buddhist Era, and no made-up time
      const receipt = (await stack.mails()).filter((m) => m.subject.includes(`AW-2562-${hospitalCode}`) && m.subject.includes('ใบรับ')).at(-1)!;
      expect(receipt.body.text).toContain('ประทับตราไปรษณีย์ 10 กรกฎาคม 2562');
      expect(receipt.body.text).not.toContain('00:00');
    }
  });

  it.each([
    [{ postmarkDate: '2019-07-10', receivedDate: '2019-07-09' }, 'POSTMARK_AFTER_RECEIPT'],
    [{ postmarkDate: '2099-01-01', receivedDate: '2099-01-02' }, 'POSTMARK_IN_FUTURE'],
    [{ postmarkDate: '2018-08-01', receivedDate: '2018-08-05' }, 'POSTMARK_BEFORE_OPENING'],
    [{ postmarkDate: '2019-02-30', receivedDate: '2019-03-05' }, 'VALIDATION_FAILED'],
  ])('refuses impossible dates %j with 400 %s', async (dates, code) => {
    const res = await stack.call<{ code: string }>('POST', '/award-programmes/2562/postal-submissions', { token: officer, body: { hospitalCode: '5000001', ...dates } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(code);
  });

  it('judges an e-mail by the Bangkok time it arrived', async () => {
    const onTime = await stack.call<{ status: string }>('POST', '/award-programmes/2562/email-submissions', { token: officer, body: { hospitalCode: '5000002', emailReceivedAt: '2019-07-10T23:59:59+07:00' } });
    expect(onTime.body.status).toBe('received');
    const late = await stack.call<{ status: string }>('POST', '/award-programmes/2562/email-submissions', { token: officer, body: { hospitalCode: '4000001', emailReceivedAt: '2019-07-10T17:00:00Z' } });
    expect(late.body.status).toBe('late');
    const early = await stack.call<{ code: string; errors: Array<{ path: string }> }>('POST', '/award-programmes/2570/email-submissions', { token: officer, body: { hospitalCode: '4000001', emailReceivedAt: '2026-08-20T10:00:00+07:00' } });
    expect([early.status, early.body.code, early.body.errors[0]!.path]).toEqual([400, 'RECEIVED_BEFORE_OPENING', 'emailReceivedAt']);
  });
});

describe('postal and e-mail entries need their scans', () => {
  it('lists a postal entry recorded with no scans as incomplete, hides it from the committee and refuses to score it', async () => {
    const listed = await stack.call<Array<{ submissionId: string } & Documents>>('GET', '/award-programmes/2562/submissions', { token: officer });
    expect(listed.body.find((s) => s.submissionId === 'AW-2562-1000002')).toMatchObject({
      status: 'received',
      complete: false,
      missingDocuments: ['applicationForm', 'selfAssessment'],
      documents: [
        { document: 'applicationForm', status: 'missing' },
        { document: 'selfAssessment', status: 'missing' },
      ],
    });
    const seen = await stack.call<Array<{ submissionId: string }>>('GET', '/award-programmes/2562/submissions', { token: committee });
    expect(seen.body.map((s) => s.submissionId)).not.toContain('AW-2562-1000002');
    const score = await stack.call<{ code: string }>('PUT', '/award-submissions/AW-2562-1000002/scores/demo-committee', { token: committee, body: { criteria: { 'service-system': 9, 'health-promotion': 8 }, supportsSsoWork: true } });
    expect([score.status, score.body.code]).toEqual([422, 'SUBMISSION_INCOMPLETE']);
    const missing = await stack.call<{ code: string }>('GET', '/award-submissions/AW-2562-1000002/documents/applicationForm', { token: officer });
    expect([missing.status, missing.body.code]).toEqual([409, 'DOCUMENT_MISSING']);
    const nothingYet = await stack.call<{ code: string }>('POST', '/award-submissions/AW-2562-1000002/scans', { token: officer });
    expect([nothingYet.status, nothingYet.body.code]).toEqual([409, 'UPLOAD_MISSING']);
  });

  it('is complete once the officer attaches both scans, checked like online files and frozen', async () => {
    const slots = await stack.call<{ uploads: Record<string, Upload> }>('POST', '/award-submissions/AW-2562-1000002/scan-uploads', { token: officer });
    expect(slots.status, JSON.stringify(slots.body)).toBe(200);
    expect(Object.keys(slots.body.uploads)).toEqual(['applicationForm', 'selfAssessment']);
    // a scan that is not a PDF is refused by name, and the entry stays incomplete
    await put(slots.body.uploads.applicationForm!, Buffer.from('GIF89a a photo of the form'));
    const refused = await stack.call<{ errors: Array<{ path: string; code: string }> }>('POST', '/award-submissions/AW-2562-1000002/scans', { token: officer });
    expect([refused.status, refused.body.errors]).toEqual([422, [expect.objectContaining({ path: 'files.applicationForm', code: 'NOT_A_PDF' })]]);
    const { attached, scans } = await attachScans('AW-2562-1000002', slots.body.uploads);
    expect(attached).toMatchObject({ complete: true, missingDocuments: [] });
    // a scan once attached is final: a later PUT through its link is never read
    await put(slots.body.uploads.selfAssessment!, samplePdf(500, 'another scan'));
    expect((await download(officer, 'AW-2562-1000002', 'selfAssessment')).equals(scans.selfAssessment)).toBe(true);
    const again = await stack.call<{ code: string }>('POST', '/award-submissions/AW-2562-1000002/scan-uploads', { token: officer });
    expect([again.status, again.body.code]).toEqual([409, 'DOCUMENTS_COMPLETE']);
    const online = await stack.call<{ code: string }>('POST', '/award-submissions/AW-2570-1000001/scan-uploads', { token: officer });
    expect([online.status, online.body.code]).toEqual([409, 'NOT_AN_OFFLINE_ENTRY']);
    const trail = await stack.call<{ audit: Array<{ action: string; document?: string; actor: string }> }>('GET', '/award-submissions/AW-2562-1000002/audit', { token: officer });
    expect(trail.body.audit.filter((a) => a.action === 'scan-attached').map((a) => [a.document, a.actor])).toEqual(
      expect.arrayContaining([
        ['applicationForm', 'demo-awards-officer'],
        ['selfAssessment', 'demo-awards-officer'],
      ]),
    );
    // the other on-time entries of 2562 get their scans too (scored below)
    for (const id of ['AW-2562-1000003', 'AW-2562-5000002']) {
      const open = await stack.call<{ uploads: Record<string, Upload> }>('POST', `/award-submissions/${id}/scan-uploads`, { token: officer });
      await attachScans(id, open.body.uploads);
    }
  });
});

describe('selection and results', () => {
  it('scores on-time submissions only, own scores only, never a linked hospital', async () => {
    const { getAccount, replaceAccount } = await import('../../shared/data/accounts-repository');
    const member = (await getAccount('demo-committee'))!;
    await replaceAccount({ ...member, conflictsOfInterest: ['1000003'] }, { status: 'active', lastLoginAt: member.lastLoginAt });
    const scores = { 'service-system': 9, 'health-promotion': 8 };
    const ok = await stack.call<{ weighted: number; panel: string }>('PUT', '/award-submissions/AW-2562-1000002/scores/demo-committee', { token: committee, body: { criteria: scores, supportsSsoWork: true } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ weighted: 86, panel: 'head-office' });
    expect((await stack.call<{ code: string }>('PUT', '/award-submissions/AW-2562-1000003/scores/demo-committee', { token: committee, body: { criteria: scores, supportsSsoWork: false } })).body.code).toBe('CONFLICT_OF_INTEREST');
    expect((await stack.call<{ code: string }>('PUT', '/award-submissions/AW-2562-1000004/scores/demo-committee', { token: committee, body: { criteria: scores, supportsSsoWork: false } })).body.code).toBe('NOT_ELIGIBLE');
    expect((await stack.call('PUT', '/award-submissions/AW-2562-1000002/scores/someone-else', { token: committee, body: { criteria: scores, supportsSsoWork: false } })).status).toBe(403);
    const outOfRange = await stack.call<{ errors: Array<{ path: string; code: string }> }>('PUT', '/award-submissions/AW-2562-5000002/scores/demo-committee', { token: committee, body: { criteria: { 'service-system': 11, 'health-promotion': 1 }, supportsSsoWork: false } });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.errors[0]).toMatchObject({ path: 'criteria.service-system', code: 'SCORE_OUT_OF_RANGE' });
    await stack.call('PUT', '/award-submissions/AW-2562-5000002/scores/demo-committee', { token: committee, body: { criteria: { 'service-system': 7, 'health-promotion': 7 }, supportsSsoWork: false } });
  });

  it('refuses a designation to a category that is not designated, or to a hospital with no on-time submission', async () => {
    const notDesignated = await stack.call<{ code: string; errors: Array<{ path: string; code: string }> }>('POST', '/award-programmes/2562/results', { token: officer, body: { designations: { '1000002': 'winner' } } });
    expect(notDesignated.status).toBe(422);
    expect(notDesignated.body.errors).toEqual([expect.objectContaining({ path: 'designations.1000002', code: 'NOT_A_DESIGNATED_CATEGORY' })]);
    const nonsense = await stack.call<{ code: string }>('POST', '/award-programmes/2562/results', { token: officer, body: { designations: { '1000002': 'nonsense' } } });
    expect([nonsense.status, nonsense.body.code]).toEqual([422, 'NOT_A_DESIGNATED_CATEGORY']);
    const noEntry = await stack.call<{ code: string; errors: Array<{ path: string }> }>('POST', '/award-programmes/2562/results', { token: officer, body: { designations: { '9999999': 'honour' } } });
    expect([noEntry.status, noEntry.body.code, noEntry.body.errors[0]!.path]).toEqual([422, 'NO_ELIGIBLE_SUBMISSION', 'designations.9999999']);
  });

  it('leaves an incomplete entry out of the ranking, even one scored before scans were required', async () => {
    const recorded = await stack.call('POST', '/award-programmes/2562/postal-submissions', { token: officer, body: { hospitalCode: '5000001', postmarkDate: '2019-07-10', receivedDate: '2019-07-12' } });
    expect(recorded.status).toBe(201);
    // a score written before the rule existed (the API now refuses it)
    const { putScore } = await import('../../shared/data/awards-repository');
    await putScore({ submissionId: 'AW-2562-5000001', memberId: 'demo-committee', panel: 'head-office', criteria: { 'service-system': 10, 'health-promotion': 10 }, weighted: 100, supportsSsoWork: true, scoredAt: new Date().toISOString() });
    const draft = await stack.call<{ awards: Array<{ hospitalCode: string }> }>('POST', '/award-programmes/2562/results', { token: officer, body: { designations: {} } });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body.awards.map((a) => a.hospitalCode)).not.toContain('5000001');
    const designated = await stack.call<{ code: string }>('POST', '/award-programmes/2562/results', { token: officer, body: { designations: { '5000001': 'honour' } } });
    expect([designated.status, designated.body.code]).toEqual([422, 'NO_ELIGIBLE_SUBMISSION']);
  });

  it('allocates by rank into the programme categories, one award per hospital, and publishes after the announcement date', async () => {
    const draft = await stack.call<{ status: string; awards: Array<{ categoryId: string; hospitalCode: string; prizeThb: number }>; totalPrizeThb: number }>('POST', '/award-programmes/2562/results', { token: officer, body: { designations: {} } });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body.status).toBe('draft');
    expect(draft.body.awards.map((a) => [a.categoryId, a.hospitalCode])).toEqual([
      ['winner', '1000002'],
      ['winner', '5000002'],
    ]);
    expect(draft.body.totalPrizeThb).toBe(400_000);
    expect((await stack.call('GET', '/award-programmes/2562/results')).status).toBe(404);
    // only the head office has scored: publishing waits for the other panels, naming each with what it still has to score
    const early = await stack.call<{ code: string; detail: string; errors: Array<{ path: string; code: string }> }>('POST', '/award-programmes/2562/results', { token: officer, body: { publish: true } });
    expect([early.status, early.body.code], JSON.stringify(early.body)).toEqual([409, 'PANELS_UNFINISHED']);
    expect(early.body.errors.map((e) => [e.path, e.code])).toEqual([
      ['panels.office-bkk-01', 'PANELS_UNFINISHED'],
      ['panels.insured-persons', 'PANELS_UNFINISHED'],
    ]);
    expect(early.body.detail).toContain('office-bkk-01: AW-2562-1000002');
    expect((await stack.call('GET', '/award-programmes/2562/results')).status).toBe(404);
    const sheet = { criteria: { 'service-system': 6, 'health-promotion': 6 }, supportsSsoWork: false };
    const bkk = await stack.login('demo-committee-bkk-01');
    const insured = await stack.login('demo-committee-insured');
    expect((await stack.call('PUT', '/award-submissions/AW-2562-1000002/scores/demo-committee-bkk-01', { token: bkk, body: sheet })).status).toBe(200);
    for (const id of ['AW-2562-1000002', 'AW-2562-1000003', 'AW-2562-5000002']) {
      expect((await stack.call('PUT', `/award-submissions/${id}/scores/demo-committee-insured`, { token: insured, body: sheet })).status).toBe(200);
    }
    const published = await stack.call<{ status: string }>('POST', '/award-programmes/2562/results', { token: officer, body: { publish: true } });
    expect(published.body.status).toBe('published');
    const honourRoll = await stack.call<{ awards: Array<{ hospitalNameTh: string; categoryNameTh: string }>; totalPrizeThb: number }>('GET', '/award-programmes/2562/results');
    expect(honourRoll.status).toBe(200);
    expect(honourRoll.body.awards[0]!.categoryNameTh).toBe('รางวัลชนะเลิศ');
    // 1000003, scored now by the insured persons' panel (the head-office member is linked to it), ranks too
    expect(honourRoll.body.totalPrizeThb).toBe(600_000);
  });

  it('refuses to publish before the announcement date', async () => {
    const res = await stack.call<{ code: string }>('POST', '/award-programmes/2570/results', { token: officer, body: { publish: true } });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('TOO_EARLY_TO_PUBLISH');
  });
});
