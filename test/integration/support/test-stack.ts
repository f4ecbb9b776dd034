// Starts the local stack in-process on free ports (no data folder: a fresh store per test file),
// and offers the few helpers every integration test needs.
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../../local/local-stack';

export const DEMO_PASSWORD = 'integration-demo-password';

export interface TestStack extends LocalStack {
  call<T = unknown>(method: string, path: string, options?: { body?: unknown; token?: string; headers?: Record<string, string> }): Promise<{ status: number; body: T; headers: Headers }>;
  login(userId: string, password?: string): Promise<string>;
  mails(): Promise<SentMail[]>;
  clearMails(): Promise<void>;
}

export interface SentMail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
}

export async function startTestStack(options: LocalStackOptions = {}): Promise<TestStack> {
  const stack = await startLocalStack({ port: 0, seedDemo: true, demoPassword: DEMO_PASSWORD, ...options });
  const call: TestStack['call'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.body !== undefined) headers['content-type'] ??= 'application/json';
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const res = await fetch(`${stack.apiUrl}${path}`, {
      method,
      headers,
      ...(opts.body !== undefined ? { body: typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body) } : {}),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (e.g. CSV)
    }
    return { status: res.status, body: body as never, headers: res.headers };
  };
  return {
    ...stack,
    call,
    async login(userId, password = DEMO_PASSWORD) {
      const res = await call<{ token: string }>('POST', '/auth/login', { body: { userId, password } });
      if (res.status !== 200) throw new Error(`login ${userId} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token;
    },
    async mails() {
      const res = await fetch(`${stack.sesUrl}/store`);
      return ((await res.json()) as { emails: SentMail[] }).emails;
    },
    async clearMails() {
      await fetch(`${stack.sesUrl}/clear-store`, { method: 'POST' });
    },
  };
}

export { eventually, samplePdf } from '../../../local/fixtures';
