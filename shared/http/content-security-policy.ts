// The site's Content-Security-Policy, served by CloudFront. Uploads go straight to S3, so
// connect-src allows the S3 endpoints besides our own origin. Nothing local is allowed here: the
// local server (local/api-server.ts) adds its emulator's origin itself.
const directives = (connectSrc: string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self' data:",
    `connect-src ${["'self'", 'https://*.amazonaws.com', ...connectSrc].join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');

export const CONTENT_SECURITY_POLICY = directives([]);

/** The local stack's policy: the same, plus presigned PUTs to the S3 emulator on 127.0.0.1. */
export const LOCAL_CONTENT_SECURITY_POLICY = directives(['http://127.0.0.1:*']);
