// The configuration is read once, through a schema that fails fast and names what is wrong.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../shared/config';

const deployed = { AWS_REGION: 'ap-southeast-1', TABLE_NAME: 'table', UPLOADS_BUCKET: 'uploads', MAIL_FROM: 'no-reply@sso.example', SITE_URL: 'https://hospital.sso.go.th', JWT_SECRET_ID: 'jwt' };

describe('parseConfig', () => {
  it('fills in the defaults of what a deployment leaves out', () => {
    expect(parseConfig(deployed)).toMatchObject({ SIGNING_KEYS_CACHE_SECONDS: 300, PASSWORD_SCRYPT_LOG2_N: 17, ADMIN_MAILBOX: 'admin@sso.example' });
  });

  it('names each variable that is missing or malformed, and what is wrong with it', () => {
    const env = { ...deployed, TABLE_NAME: undefined, MAIL_FROM: 'nobody', SIGNING_KEYS_CACHE_SECONDS: 'soon', PASSWORD_SCRYPT_LOG2_N: '10' };
    expect(() => parseConfig(env)).toThrow(
      'Invalid configuration: TABLE_NAME: missing; MAIL_FROM: not a valid email; SIGNING_KEYS_CACHE_SECONDS: expected number; PASSWORD_SCRYPT_LOG2_N: at least 14',
    );
  });
});
