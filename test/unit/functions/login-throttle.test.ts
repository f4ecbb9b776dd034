// Repeated failed sign-ins, through the login handler with a mocked DynamoDB: 10 failures in a row
// lock an id (an unknown one too) for 15 minutes, even with the right password; a success clears
// the count. Password hashing is replaced by a fast stand-in: the count is what is under test.
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/auth/login';
import { lambdaContext } from '../../../local/lambda-runtime';
import { apiEvent } from '../../support/events';

vi.mock('../../../shared/auth/passwords', () => ({
  dummyPasswordHash: () => 'dummy',
  verifyPassword: async (password: string, stored: string) => stored === 'hash-of-correct-horse' && password === 'correct horse',
  hashPassword: async () => 'hash-of-correct-horse',
  needsRehash: () => false,
}));

const ddb = mockClient(DynamoDBDocumentClient);
const account = {
  pk: 'USER#H1000001-ABCD',
  sk: 'ACCOUNT',
  userId: 'H1000001-ABCD',
  kind: 'hospital',
  roles: ['hospital'],
  hospitalCode: '1000001',
  status: 'active',
  passwordHash: 'hash-of-correct-horse',
  issuedAt: '2026-01-01T00:00:00.000Z',
};
const login = async (body: unknown) => {
  const res = await handler(apiEvent({ method: 'POST', path: '/api/auth/login', body }), lambdaContext('login'));
  return { status: res.statusCode, json: JSON.parse(res.body!), headers: res.headers ?? {} };
};

describe('repeated failed sign-ins', () => {
  beforeEach(() => ddb.reset());
  // a tiny stand-in for the failure counters the repository keeps in the table
  let counters: Map<string, { failures: number; lockedUntil?: string }>;
  beforeEach(() => {
    counters = new Map();
    ddb.on(GetCommand).callsFake((input: { Key: { pk: string } }) => {
      if (input.Key.pk.startsWith('USER#')) return input.Key.pk === 'USER#H1000001-ABCD' ? { Item: account } : {};
      const counter = counters.get(input.Key.pk);
      return counter ? { Item: { ...counter } } : {};
    });
    ddb.on(UpdateCommand).callsFake((input: { Key: { pk: string }; UpdateExpression: string; ExpressionAttributeValues: Record<string, unknown> }) => {
      if (!input.Key.pk.startsWith('LOGINFAIL#')) return {};
      const counter = counters.get(input.Key.pk) ?? { failures: 0 };
      if (input.UpdateExpression.startsWith('ADD failures')) counter.failures += 1;
      else Object.assign(counter, { lockedUntil: input.ExpressionAttributeValues[':until'], failures: 0 });
      counters.set(input.Key.pk, counter);
      return { Attributes: { ...counter } };
    });
    ddb.on(DeleteCommand).callsFake((input: { Key: { pk: string } }) => {
      counters.delete(input.Key.pk);
      return {};
    });
  });

  it.each([
    ['an existing id', 'H1000001-ABCD'],
    ['an id that does not exist', 'nobody-at-all'],
  ])('locks %s for 15 minutes after 10 failures in a row, even with the right password', async (_, userId) => {
    for (let i = 0; i < 10; i++) expect((await login({ userId, password: 'wrong' })).status).toBe(401);
    const locked = await login({ userId, password: 'correct horse' });
    expect(locked.status).toBe(429);
    expect(locked.json.code).toBe('LOGIN_THROTTLED');
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // the same id in other letter case shares the count
    expect((await login({ userId: userId.toUpperCase(), password: 'wrong' })).status).toBe(429);
  });

  it('clears the count after a successful sign-in', async () => {
    for (let i = 0; i < 9; i++) await login({ userId: 'H1000001-ABCD', password: 'wrong' });
    expect((await login({ userId: 'H1000001-ABCD', password: 'correct horse' })).status).toBe(200);
    expect(counters.size).toBe(0);
    for (let i = 0; i < 9; i++) expect((await login({ userId: 'H1000001-ABCD', password: 'wrong' })).status).toBe(401);
    expect((await login({ userId: 'H1000001-ABCD', password: 'correct horse' })).status).toBe(200);
  });
});
