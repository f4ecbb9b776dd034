// SHA-256 object checksums for the local S3, which s3rver lacks (it ignores x-amz-checksum-*): a
// front server that passes every request to s3rver and does what S3 does with a SHA-256 checksum.
// A PUT that declares one (x-amz-checksum-sha256, as a presigned upload signs it) is stored only if
// the bytes match (else 400 BadDigest, and the object already there is untouched); the checksum
// is kept with the object, in metadata that never leaves this front, and reported back on HEAD and
// GET with x-amz-checksum-mode: ENABLED and in a CopyObject's result. The application sends the same
// requests as on AWS, so it takes the same path (upload-slots.ts reads nothing back when S3 vouches).
import { createHash, randomUUID } from 'node:crypto';
import http, { type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { buffer } from 'node:stream/consumers';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where the checksum is kept: s3rver stores x-amz-meta-* headers with the object (and copies them with it). */
const STORED = 'x-amz-meta-sso-local-checksum-sha256';
const CHECKSUM = 'x-amz-checksum-sha256';
/** Where a PUT with a checksum lands until its bytes are checked (no S3 event of it reaches a handler: local/s3-events.ts). */
export const STAGING_BUCKET = 'sso-local-checksum-staging';
/** Query parameters that name an object's subresource (tagging, multipart parts…): those requests pass through as they are. */
const SUBRESOURCES = new Set(['acl', 'tagging', 'uploadId', 'uploads', 'partNumber', 'retention', 'legal-hold', 'torrent', 'select', 'restore', 'attributes']);

/** The body of an S3 error, as S3 writes it. */
function sendError(res: ServerResponse, req: IncomingMessage, status: number, code: string, message: string): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${randomUUID()}</RequestId></Error>`;
  res.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
    // the bucket's CORS rule allows every origin: a browser must be able to read the refusal
    ...(req.headers.origin ? { 'access-control-allow-origin': '*' } : {}),
  });
  res.end(body);
}

/** A SHA-256 checksum as S3 accepts it: the base64 of 32 bytes. */
const isSha256Base64 = (value: string) => /^[A-Za-z0-9+/]{43}=$/.test(value) && Buffer.from(value, 'base64').length === 32;

/** The request's headers for s3rver, less any attempt to set the stored checksum from outside. */
function forwardedHeaders(headers: IncomingHttpHeaders, extra: Record<string, string> = {}): IncomingHttpHeaders {
  const { [STORED]: _spoofed, ...rest } = headers;
  return { ...rest, ...extra };
}

/** The response's headers for the client, without the stored checksum; with it as S3 names it when asked for. */
function answeredHeaders(headers: IncomingHttpHeaders, reportChecksum: boolean): IncomingHttpHeaders {
  const { [STORED]: stored, ...rest } = headers;
  return reportChecksum && typeof stored === 'string' ? { ...rest, [CHECKSUM]: stored, 'x-amz-checksum-type': 'FULL_OBJECT' } : rest;
}

export function checksumFront(upstreamUrl: string): Server {
  const upstream = new URL(upstreamUrl);
  const agent = new http.Agent({ keepAlive: true });

  /** The client's request to s3rver, with the given path, headers and body stream. */
  const forward = (req: IncomingMessage, path: string, headers: IncomingHttpHeaders, body: NodeJS.ReadableStream) =>
    new Promise<IncomingMessage>((resolve, reject) => {
      const out = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path, headers: { ...headers, host: upstream.host }, agent }, resolve);
      out.on('error', reject);
      body.pipe(out);
    });

  /** A request of the front's own to s3rver, with no body; the answer read whole. */
  const request = async (method: string, path: string, headers: Record<string, string> = {}) => {
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      http.request({ host: upstream.hostname, port: upstream.port, method, path, headers, agent }, resolve).on('error', reject).end();
    });
    return { status: res.statusCode ?? 502, headers: res.headers, body: await buffer(res) };
  };

  let stagingBucket: Promise<void> | undefined;
  const ensureStagingBucket = () =>
    (stagingBucket ??= request('PUT', `/${STAGING_BUCKET}`).then(({ status }) => {
      if (status !== 200 && status !== 409) throw new Error(`local S3: the staging bucket could not be created (${status})`);
    }));

  /** An object's stored checksum (HEAD to s3rver); undefined when there is no object. */
  const storedChecksum = async (path: string): Promise<{ checksum?: string } | undefined> => {
    const { status, headers } = await request('HEAD', path);
    const checksum = headers[STORED];
    return status !== 200 ? undefined : typeof checksum === 'string' ? { checksum } : {};
  };

  /** What S3 computes for a copy with a SHA-256 asked for, when the source carries none: the source's digest. */
  const digestOf = async (path: string): Promise<string | undefined> => {
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      http.request({ host: upstream.hostname, port: upstream.port, method: 'GET', path, agent }, resolve).on('error', reject).end();
    });
    if (res.statusCode !== 200) return void res.resume();
    const hash = createHash('sha256');
    await pipeline(res, hash);
    return hash.digest('base64');
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://front');
    const query = new Map([...url.searchParams].map(([k, v]) => [k.toLowerCase(), v]));
    // s3rver reads x-amz-* query parameters as headers: none may set the stored checksum either
    for (const name of [...url.searchParams.keys()]) if (name.toLowerCase() === STORED) url.searchParams.delete(name);
    const path = `${url.pathname}${url.search}`;
    const [, bucket, ...keyParts] = url.pathname.split('/');
    const isObject = Boolean(bucket) && keyParts.join('/') !== '' && ![...url.searchParams.keys()].some((k) => SUBRESOURCES.has(k));
    const copySource = req.headers['x-amz-copy-source'];

    if (isObject && req.method === 'PUT' && typeof copySource !== 'string') {
      const declared = String(req.headers[CHECKSUM] ?? query.get(CHECKSUM) ?? '');
      if (!declared) {
        // no checksum declared: streamed to s3rver as it comes, and any stored one goes with the old bytes
        const answer = await forward(req, path, forwardedHeaders(req.headers), req);
        res.writeHead(answer.statusCode ?? 502, answeredHeaders(answer.headers, false));
        return pipeline(answer, res);
      }
      if (!isSha256Base64(declared)) return sendError(res, req, 400, 'InvalidRequest', `Value for ${CHECKSUM} header is invalid.`);
      // s3rver writes in place and a refused PUT must leave the object already there: the bytes stream
      // (hashed on the way) to a staging object, and move to the key only if they match, as S3 commits a PUT at its end
      await ensureStagingBucket();
      const staging = `/${STAGING_BUCKET}/${randomUUID()}`;
      const hash = createHash('sha256');
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      const staged = await forward(req, staging, forwardedHeaders(req.headers, { [STORED]: declared }), req.pipe(hashing));
      staged.resume();
      if (staged.statusCode !== 200) {
        res.writeHead(staged.statusCode ?? 502, answeredHeaders(staged.headers, false));
        return void res.end();
      }
      try {
        if (hash.digest('base64') !== declared) return sendError(res, req, 400, 'BadDigest', 'The SHA256 you specified did not match the calculated checksum.');
        // the copy keeps the staged metadata (content type, x-amz-meta-*, the checksum) and its MD5
        // with the browser's Origin: the answer carries the CORS headers of the bucket's own rule
        const moved = await request('PUT', url.pathname, { 'x-amz-copy-source': staging, ...(req.headers.origin ? { origin: req.headers.origin } : {}) });
        if (moved.status !== 200) throw new Error(`local S3: moving a checked upload answered ${moved.status}`);
        const cors = Object.fromEntries(Object.entries(moved.headers).filter(([name]) => name.startsWith('access-control-')));
        res.writeHead(200, { ...answeredHeaders(staged.headers, false), ...cors, [CHECKSUM]: declared, 'x-amz-checksum-type': 'FULL_OBJECT' });
        return void res.end();
      } finally {
        await request('DELETE', staging);
      }
    }

    if (isObject && req.method === 'PUT' && typeof copySource === 'string') {
      const sourcePath = `/${copySource.replace(/^\//, '').split('?')[0]}`;
      const source = await storedChecksum(sourcePath);
      const wanted = String(req.headers['x-amz-checksum-algorithm'] ?? '').toUpperCase() === 'SHA256';
      const checksum = source?.checksum ?? (source && wanted ? await digestOf(sourcePath) : undefined);
      // a copy with its metadata replaced keeps its checksum all the same, as in S3
      const replace = req.headers['x-amz-metadata-directive'] === 'REPLACE';
      const answer = await forward(req, path, forwardedHeaders(req.headers, replace && checksum ? { [STORED]: checksum } : {}), req);
      const xml = (await buffer(answer)).toString('utf8');
      const body = answer.statusCode === 200 && checksum ? xml.replace('</CopyObjectResult>', `<ChecksumSHA256>${checksum}</ChecksumSHA256></CopyObjectResult>`) : xml;
      res.writeHead(answer.statusCode ?? 502, { ...answeredHeaders(answer.headers, false), 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }

    // a full object's checksum, never a range's (S3 has none for an arbitrary range)
    const report = isObject && (req.method === 'GET' || req.method === 'HEAD') && String(req.headers['x-amz-checksum-mode'] ?? '').toUpperCase() === 'ENABLED' && !req.headers.range;
    const answer = await forward(req, path, forwardedHeaders(req.headers), req);
    res.writeHead(answer.statusCode ?? 502, answeredHeaders(answer.headers, report));
    return pipeline(answer, res);
  }

  return http.createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) sendError(res, req, 500, 'InternalError', error.message);
      else res.destroy(error);
    });
  });
}
