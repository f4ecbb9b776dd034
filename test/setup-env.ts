// One setup file for every tier: the environment a deployed function would have,
// so that `shared/config.ts` parses in unit tests too. Integration tests override
// the endpoints after they start the emulators.
process.env.AWS_REGION ??= 'ap-southeast-1';
process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
process.env.TABLE_NAME ??= 'test-table';
process.env.UPLOADS_BUCKET ??= 'test-uploads';
process.env.MAIL_FROM ??= 'no-reply@sso.example';
process.env.SITE_URL ??= 'http://127.0.0.1:3000';
process.env.JWT_SECRET_ID ??= 'test-signing-keys';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// A lower scrypt cost than a deployment's 2^17 (shared/config.ts): the suites sign in hundreds of times.
process.env.PASSWORD_SCRYPT_LOG2_N ??= '14';
