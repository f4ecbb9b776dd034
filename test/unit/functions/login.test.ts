// The login handler with a mocked DynamoDB: same answer for unknown users and wrong passwords,
// 403 with a code for revoked, cancelled and disabled accounts, lastLoginAt recorded on success,
// older hashes upgraded. (Repeated failures: login-throttle.test.ts.)
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { scryptSync } from 'node:crypto';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handler } from '../../../functions/auth/login';
import { lambdaContext } from '../../../local/lambda-runtime';
import { hashPassword } from '../../../shared/auth/passwords';
import { apiEvent } from '../../support/events';

const ddb = mockClient(DynamoDBDocumentClient);
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword('correct horse');
});
beforeEach(() => ddb.reset());

const login = async (body: unknown) => {
  const res = await handler(apiEvent({ method: 'POST', path: '/api/auth/login', body }), lambdaContext('login'));
  return { status: res.statusCode, json: JSON.parse(res.body!) };
};
const account = (status: string) => ({
  pk: 'USER#H1000001-ABCD',
  sk: 'ACCOUNT',
  userId: 'H1000001-ABCD',
  kind: 'hospital',
  roles: ['hospital'],
  hospitalCode: '1000001',
  status,
  passwordHash,
  issuedAt: '2026-01-01T00:00:00.000Z',
});

describe('POST /api/auth/login', () => {
  it('gives the same 401 for an unknown user and a wrong password', async () => {
    ddb.on(UpdateCommand).resolves({});
    ddb.on(GetCommand).resolves({});
    const unknown = await login({ userId: 'nobody', password: 'x' });
    ddb.on(GetCommand).resolves({ Item: account('active') });
    const wrong = await login({ userId: 'H1000001-ABCD', password: 'wrong' });
    expect(unknown).toEqual(wrong);
    expect(unknown.status).toBe(401);
    expect(unknown.json.code).toBe('INVALID_CREDENTIALS');
  });

  it.each([
    ['revoked', 'ACCOUNT_REVOKED'],
    ['cancelled', 'ACCOUNT_CANCELLED'],
    ['pending-activation', 'ACCOUNT_NOT_ACTIVATED'],
    ['disabled', 'ACCOUNT_DISABLED'],
  ])('refuses a %s account with 403 %s', async (status, code) => {
    ddb.on(GetCommand).resolves({ Item: account(status) });
    const res = await login({ userId: 'H1000001-ABCD', password: 'correct horse' });
    expect(res.status).toBe(403);
    expect(res.json.code).toBe(code);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('records lastLoginAt and returns a token for an active account', async () => {
    ddb.on(GetCommand).resolves({ Item: account('active') });
    ddb.on(UpdateCommand).resolves({});
    const res = await login({ userId: 'H1000001-ABCD', password: 'correct horse' });
    expect(res.status).toBe(200);
    expect(res.json.user).toEqual({ userId: 'H1000001-ABCD', roles: ['hospital'], hospitalCode: '1000001' });
    const update = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(update.UpdateExpression).toContain('lastLoginAt = :now');
    expect(update.ConditionExpression).toBe('#status = :active');
  });

  it('upgrades a hash made with weaker scrypt parameters at the next sign-in', async () => {
    const salt = Buffer.alloc(16, 7);
    const weak = `scrypt$1024$8$1$${salt.toString('base64url')}$${scryptSync('correct horse', salt, 32, { N: 1024, r: 8, p: 1 }).toString('base64url')}`;
    ddb.on(GetCommand).callsFake((input: { Key: { pk: string } }) => (input.Key.pk.startsWith('USER#') ? { Item: { ...account('active'), passwordHash: weak } } : {}));
    ddb.on(UpdateCommand).resolves({});
    expect((await login({ userId: 'H1000001-ABCD', password: 'correct horse' })).status).toBe(200);
    const upgrade = ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input).find((i) => i.UpdateExpression === 'SET passwordHash = :next');
    expect(upgrade?.ExpressionAttributeValues?.[':previous']).toBe(weak);
    expect(String(upgrade?.ExpressionAttributeValues?.[':next'])).toMatch(/^scrypt\$16384\$8\$1\$/);
  });
});
