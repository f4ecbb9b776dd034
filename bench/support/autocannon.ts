// Runs the autocannon CLI in its own process (so it does not share the server's event loop) and reads its JSON result.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './machine';

export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
  statusCodes: Record<string, number>;
}

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

export function runLoad(o: LoadOptions): Promise<LoadResult> {
  const args = ['-j', '--renderStatusCodes', '-c', String(o.connections), '-d', String(o.durationSeconds), '-m', o.method ?? 'GET'];
  for (const [k, v] of Object.entries(o.headers ?? {})) args.push('-H', `${k}=${v}`);
  if (o.body !== undefined) args.push('-b', o.body);
  args.push(o.url);
  const bin = path.join(ROOT, 'node_modules/autocannon/autocannon.js');
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => proc.kill('SIGTERM'), (o.durationSeconds + 60) * 1000);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      try {
        const json = JSON.parse(out.slice(out.indexOf('{'))) as {
          requests: { average: number; total: number };
          latency: { p50: number; p99: number; max: number };
          '2xx': number;
          non2xx: number;
          errors: number;
          timeouts: number;
          statusCodeStats?: Record<string, { count: number }>;
        };
        resolve({
          requestsPerSecond: json.requests.average,
          total: json.requests.total,
          ok2xx: json['2xx'],
          non2xx: json.non2xx,
          errors: json.errors,
          timeouts: json.timeouts,
          latencyP50: json.latency.p50,
          latencyP99: json.latency.p99,
          latencyMax: json.latency.max,
          statusCodes: Object.fromEntries(Object.entries(json.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])),
        });
      } catch (error) {
        reject(new Error(`autocannon exited ${code}: ${err.slice(0, 500)} ${(error as Error).message}`));
      }
    });
  });
}
