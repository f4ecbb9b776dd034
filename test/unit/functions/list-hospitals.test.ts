// GET /api/hospitals with a mocked DynamoDB: the public hospital finder searches Thai and English
// names and codes, and answers at most `limit` rows (the site asks for one more than it shows).
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler } from '../../../functions/reference/list-hospitals';
import { lambdaContext } from '../../../local/lambda-runtime';
import { apiEvent } from '../../support/events';

const ddb = mockClient(DynamoDBDocumentClient);
const hospital = (code: string, nameTh: string, nameEn: string, provinceCode: string) => ({
  pk: `HOSPITAL#${code}`, sk: 'HOSPITAL', gsi1pk: 'HOSPITALS', gsi1sk: code,
  code, hcode: code.slice(2), nameTh, nameEn, provinceCode, kind: 'main', officeCode: 'BKK-01',
});

beforeEach(() => {
  ddb.reset();
  ddb.on(QueryCommand).resolves({
    Items: [
      hospital('1000001', 'โรงพยาบาลกรุงเทพ', 'Bangkok Hospital', '10'),
      hospital('5000001', 'โรงพยาบาลกรุงเทพ เชียงใหม่', 'Bangkok Hospital Chiang Mai', '50'),
      hospital('9000001', 'โรงพยาบาลหาดใหญ่', 'Hat Yai Hospital', '90'),
    ],
  });
});

const search = async (query: Record<string, string>) => {
  const res = (await handler(apiEvent({ method: 'GET', path: '/api/hospitals', query }), lambdaContext('reference.list-hospitals'))) as APIGatewayProxyStructuredResultV2;
  return { status: res.statusCode, body: JSON.parse(res.body as string) as Array<{ code: string; provinceCode: string }> };
};

describe('GET /api/hospitals', () => {
  it('finds hospitals by part of the Thai name, with their province codes', async () => {
    const { body } = await search({ q: 'กรุงเทพ' });
    expect(body.map((h) => [h.code, h.provinceCode])).toEqual([['1000001', '10'], ['5000001', '50']]);
  });

  it('finds hospitals by part of the English name, whatever the case', async () => {
    expect((await search({ q: 'hat yai' })).body.map((h) => h.code)).toEqual(['9000001']);
  });

  it('finds a hospital by its code typed in Thai digits', async () => {
    expect((await search({ q: '๕๐๐๐๐๐๑' })).body.map((h) => h.code)).toEqual(['5000001']);
  });

  it('answers at most `limit` rows', async () => {
    expect((await search({ q: 'โรงพยาบาล', limit: '2' })).body).toHaveLength(2);
  });

  it('refuses a limit over 100', async () => {
    expect((await search({ limit: '500' })).status).toBe(400);
  });
});
