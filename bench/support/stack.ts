// Starts the local stack in-process for one benchmark, with an API client that counts the bytes it sends and receives.
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../local/local-stack';

export const BENCH_PASSWORD = 'bench-demo-password';

export interface ApiTraffic {
  requests: number;
  bytesSent: number;
  bytesReceived: number;
}

export interface BenchStack extends LocalStack {
  traffic: ApiTraffic;
  call<T = unknown>(method: string, path: string, options?: { body?: unknown; token?: string }): Promise<{ status: number; body: T }>;
  login(userId: string): Promise<string>;
}

export async function startBenchStack(options: LocalStackOptions = {}): Promise<BenchStack> {
  // keep handler logs out of the benchmark output
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  const stack = await startLocalStack({ port: 0, seedDemo: true, demoPassword: BENCH_PASSWORD, ...options });
  const traffic: ApiTraffic = { requests: 0, bytesSent: 0, bytesReceived: 0 };
  const call: BenchStack['call'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = {};
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const res = await fetch(`${stack.apiUrl}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await res.text();
    traffic.requests++;
    // request line + headers + body, approximately what goes over the wire to the API
    traffic.bytesSent += Buffer.byteLength(`${method} /api${path} HTTP/1.1\r\n`) + Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0) + Buffer.byteLength(body ?? '');
    traffic.bytesReceived += Buffer.byteLength(text);
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed as never };
  };
  return {
    ...stack,
    traffic,
    call,
    async login(userId) {
      const res = await call<{ token: string }>('POST', '/auth/login', { body: { userId, password: BENCH_PASSWORD } });
      if (res.status !== 200) throw new Error(`login ${userId} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token;
    },
  };
}

export { eventually, samplePdf } from '../../local/fixtures';
