// The document routes with a mocked DynamoDB: who may fetch a receipt (the owning hospital and
// awards officers; others 403, anonymous 401), the form link (signed, for one request, expiring),
// the complaint report as PDF; every PDF answered base64-encoded as API Gateway expects.
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler as receiptHandler } from '../../../functions/documents/award-receipt';
import { handler as formHandler } from '../../../functions/documents/credential-request-form';
import { handler as reportHandler } from '../../../functions/reports/complaints-report';
import { lambdaContext } from '../../../local/lambda-runtime';
import type { Role } from '../../../shared/auth/roles';
import { issueToken } from '../../../shared/auth/tokens';
import { FORM_LINK_MINUTES, formLink } from '../../../shared/documents/form-link';
import { apiEvent } from '../../support/events';
import { readPdf } from '../../support/pdf';

const ddb = mockClient(DynamoDBDocumentClient);
let items: Record<string, Record<string, unknown>>;
const put = (pk: string, sk: string, item: Record<string, unknown>) => (items[`${pk}|${sk}`] = { pk, sk, ...item });

const SHA = '3f'.repeat(32);
const REQUEST_ID = 'CR-0123456789ABCDEF';

beforeEach(() => {
  ddb.reset();
  items = {};
  ddb.on(GetCommand).callsFake((input: { Key: { pk: string; sk: string } }) => ({ Item: items[`${input.Key.pk}|${input.Key.sk}`] }));
  ddb.on(QueryCommand).resolves({ Items: [] });
  ddb.on(BatchGetCommand).resolves({ Responses: {} });
  put('HOSPITAL#1000001', 'HOSPITAL', { code: '1000001', hcode: '10001', nameTh: 'โรงพยาบาลศรีสุดาเวชการ', nameEn: 'Srisuda Hospital', provinceCode: '10', kind: 'main', officeCode: 'BKK-01' });
  put('AWARD#2570', 'PROGRAMME', { yearBE: 2570, opensOn: '2027-01-01', deadline: '2027-07-10', announceOn: '2027-09-03', categories: [] });
  put('AWARDSUB#AW-2570-1000001', 'SUBMISSION', {
    submissionId: 'AW-2570-1000001',
    yearBE: 2570,
    hospitalCode: '1000001',
    channel: 'online',
    status: 'received',
    createdAt: '2027-07-01T02:00:00.000Z',
    createdBy: 'demo-hospital',
    receivedAt: '2027-07-10T09:15:00.000Z',
    files: {
      applicationForm: { key: 'a.pdf', size: 120_000, sha256: SHA },
      selfAssessment: { key: 'b.pdf', size: 80_000, sha256: 'ab'.repeat(32) },
    },
    history: [],
  });
  put(`CREDREQ#${REQUEST_ID}`, 'REQUEST', {
    requestId: REQUEST_ID,
    status: 'draft',
    createdAt: '2026-12-02T03:00:00.000Z',
    signedFormKey: `credential-requests/${REQUEST_ID}/signed-form.pdf`,
    nationalId: '1101700230708',
    title: 'นางสาว',
    firstNameTh: 'ศรีสุดา',
    lastNameTh: 'เพ็ญศิริกุล',
    firstNameEn: 'Srisuda',
    lastNameEn: 'Pensirikul',
    position: 'เจ้าพนักงานเวชสถิติ',
    hospitalCode: '1000001',
    purpose: 'new',
    phone: '0812345678',
    email: 'srisuda@hospital.example',
  });
});

async function bearer(userId: string, roles: Role[], hospitalCode?: string): Promise<Record<string, string>> {
  put(`USER#${userId}`, 'ACCOUNT', { userId, roles, status: 'active', ...(hospitalCode ? { hospitalCode } : {}), issuedAt: '2026-01-01T00:00:00.000Z' });
  const { token } = await issueToken({ userId, roles, ...(hospitalCode ? { hospitalCode } : {}) }, 0);
  return { authorization: `Bearer ${token}` };
}

const problemCode = (res: APIGatewayProxyStructuredResultV2) => (JSON.parse(res.body!) as { code: string }).code;

async function pdfOf(res: APIGatewayProxyStructuredResultV2) {
  expect(res.statusCode).toBe(200);
  expect(res.headers?.['content-type']).toBe('application/pdf');
  expect(res.isBase64Encoded).toBe(true);
  const bytes = Buffer.from(res.body!, 'base64');
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  return readPdf(bytes);
}

describe('GET /api/award-submissions/{submissionId}/receipt.pdf', () => {
  const getReceipt = (headers: Record<string, string>, submissionId = 'AW-2570-1000001') =>
    receiptHandler(
      apiEvent({ method: 'GET', path: `/api/award-submissions/${submissionId}/receipt.pdf`, routePath: '/api/award-submissions/{submissionId}/receipt.pdf', params: { submissionId }, headers }),
      lambdaContext('awards.receipt'),
    ) as Promise<APIGatewayProxyStructuredResultV2>;

  it('gives the owning hospital its receipt, with the files and their SHA-256', async () => {
    const { text } = await pdfOf(await getReceipt(await bearer('H1000001-ABCD', ['hospital'], '1000001')));
    expect(text).toContain('โรงพยาบาลศรีสุดาเวชการ');
    expect(text).toContain('10 กรกฎาคม 2570 16:15 น.');
    expect(text).toContain(`SHA-256 ${SHA}`);
  });

  it('gives an awards officer any hospital\'s receipt', async () => {
    const { text } = await pdfOf(await getReceipt(await bearer('awards-1', ['awards-officer'])));
    expect(text).toContain('AW-2570-1000001');
  });

  it('refuses another hospital with 403, whether or not the entry exists', async () => {
    const other = await bearer('H1000002-ABCD', ['hospital'], '1000002');
    for (const id of ['AW-2570-1000001', 'AW-2570-1000003']) {
      const res = await getReceipt(other, id);
      expect(res.statusCode).toBe(403);
      expect(problemCode(res)).toBe('NOT_YOUR_HOSPITAL');
    }
  });

  it.each([['committee'], ['info-center'], ['credentials-officer']] as const)('refuses a %s with 403', async (role) => {
    const res = await getReceipt(await bearer(`${role}-1`, [role]));
    expect(res.statusCode).toBe(403);
  });

  it('refuses an anonymous caller with 401', async () => {
    const res = await getReceipt({});
    expect(res.statusCode).toBe(401);
  });

  it('has no receipt for an entry not yet submitted (409)', async () => {
    items['AWARDSUB#AW-2570-1000001|SUBMISSION']!.status = 'draft';
    delete items['AWARDSUB#AW-2570-1000001|SUBMISSION']!.receivedAt;
    const res = await getReceipt(await bearer('H1000001-ABCD', ['hospital'], '1000001'));
    expect(res.statusCode).toBe(409);
    expect(problemCode(res)).toBe('SUBMISSION_NOT_RECEIVED');
  });
});

describe('GET /api/credential-requests/{requestId}/form.pdf?token=', () => {
  const getForm = (requestId: string, token: string) =>
    formHandler(
      apiEvent({ method: 'GET', path: `/api/credential-requests/${requestId}/form.pdf`, routePath: '/api/credential-requests/{requestId}/form.pdf', params: { requestId }, query: { token } }),
      lambdaContext('credentials.request-form'),
    ) as Promise<APIGatewayProxyStructuredResultV2>;
  const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

  it('serves the filled-in form by the link the request was given', async () => {
    const link = await formLink(REQUEST_ID);
    expect(link.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:3000/api/credential-requests/${REQUEST_ID}/form\\.pdf\\?token=`));
    const { text } = await pdfOf(await getForm(REQUEST_ID, tokenOf(link.url)));
    expect(text).toContain('นางสาวศรีสุดา เพ็ญศิริกุล');
    expect(text).toContain('โรงพยาบาลศรีสุดาเวชการ');
    expect(text).toContain('1-1017-00230-70-8');
  });

  it('refuses a link made for another request, an expired link and a session token (403)', async () => {
    const other = tokenOf((await formLink('CR-FFFFFFFFFFFFFFFF')).url);
    const expired = tokenOf((await formLink(REQUEST_ID, new Date(Date.now() - (FORM_LINK_MINUTES + 1) * 60_000))).url);
    const session = (await issueToken({ userId: 'H1000001-ABCD', roles: ['hospital'] }, 0)).token;
    for (const token of [other, expired, session, 'not-a-token']) {
      const res = await getForm(REQUEST_ID, token);
      expect(res.statusCode).toBe(403);
      expect(problemCode(res)).toBe('FORM_LINK_INVALID');
    }
  });
});

describe('GET /api/reports/complaints with Accept: application/pdf', () => {
  it('answers the report as an A4 landscape PDF', async () => {
    const res = (await reportHandler(
      apiEvent({ method: 'GET', path: '/api/reports/complaints', query: { month: '2026-11' }, headers: { ...(await bearer('info-1', ['info-center'])), accept: 'application/pdf' } }),
      lambdaContext('reports.complaints'),
    )) as APIGatewayProxyStructuredResultV2;
    const { pages, text } = await pdfOf(res);
    expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
    expect(text).toContain('รายงานเรื่องร้องเรียนสถานพยาบาล');
    expect(text).toContain('เดือนพฤศจิกายน 2569');
  });
});
