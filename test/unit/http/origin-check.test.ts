// Only requests that came through CloudFront (its secret header) reach a function's logic.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('cameThroughCloudFront', () => {
  afterEach(() => {
    delete process.env.ORIGIN_VERIFY_SECRET_ID;
    vi.resetModules();
  });

  it('accepts the current and the previous value, refuses others and a missing header', async () => {
    process.env.ORIGIN_VERIFY_SECRET_ID = 'arn:aws:secretsmanager:ap-southeast-1:1:secret:OriginVerify';
    vi.resetModules();
    mockClient(SecretsManagerClient).on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify({ current: 'current-value-0123456789', previous: 'previous-value-0123456789' }) });
    const { cameThroughCloudFront } = await import('../../../shared/http/origin-check');
    expect(await cameThroughCloudFront('current-value-0123456789')).toBe(true);
    expect(await cameThroughCloudFront('previous-value-0123456789')).toBe(true);
    expect(await cameThroughCloudFront('current-value-012345678X')).toBe(false);
    expect(await cameThroughCloudFront(undefined)).toBe(false);
  });

  it('makes no check where none is configured (unit tests of one handler)', async () => {
    vi.resetModules();
    const { cameThroughCloudFront } = await import('../../../shared/http/origin-check');
    expect(await cameThroughCloudFront(undefined)).toBe(true);
  });
});
