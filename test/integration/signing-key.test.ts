// Rotating the token signing key with the operator's command, against the local stack (its Secrets
// Manager endpoint holds the keys as the stack's secret does on AWS): sessions signed with the old
// key keep working through the grace period; a forced second rotation ends them.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/test-stack';

// every request reads the secret again, so a rotation is seen at once (deployed: within 5 minutes)
process.env.SIGNING_KEYS_CACHE_SECONDS = '0';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function rotate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'ops/rotate-signing-key.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DYNAMODB_PORT: new URL(stack.dynamodbUrl).port, SECRETS_PORT: new URL(stack.secretsUrl).port },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const kidOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid;
const accounts = (token: string) => stack.call<{ code?: string }>('GET', '/admin/accounts?role=admin', { token });

describe('rotating the token signing key', () => {
  it('keeps earlier sessions through the grace period, signs new ones with the new key, and a forced rotation ends the oldest', async () => {
    const before = await stack.login('demo-admin');
    const first = await rotate();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('still verifies');

    expect((await accounts(before)).status).toBe(200);
    const after = await stack.login('demo-admin');
    expect(kidOf(after)).not.toBe(kidOf(before));
    expect((await accounts(after)).status).toBe(200);

    const tooSoon = await rotate();
    expect(tooSoon.code).toBe(1);
    expect(tooSoon.stderr).toContain('--force');

    expect((await rotate('--force')).code).toBe(0);
    const ended = await accounts(before);
    expect([ended.status, ended.body.code]).toEqual([401, 'TOKEN_INVALID']);
    expect((await accounts(after)).status).toBe(200);
  });

  it('keeps the keys out of every function environment: only the secret id is there', () => {
    expect(process.env.JWT_SECRET).toBeUndefined();
    expect(process.env.JWT_SECRET_ID).toBe('sso-local/token-signing-keys');
  });
});
