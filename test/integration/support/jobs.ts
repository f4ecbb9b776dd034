// Background jobs in integration tests: a route answers 202 {jobId}; poll the job until it is done.
import { expect } from 'vitest';
import type { TestStack } from './test-stack';

export interface Job<R> {
  jobId: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  result?: R;
  error?: { code: string; message: string };
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
}

/** Polls GET /api/admin/jobs/{jobId} (as an admin) until the job succeeded or failed. */
export async function finishedJob<R>(stack: TestStack, jobId: string, adminToken: string, timeoutMs = 30_000): Promise<Job<R>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await stack.call<Job<R>>('GET', `/admin/jobs/${jobId}`, { token: adminToken });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (res.body.status === 'succeeded' || res.body.status === 'failed') return res.body;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${res.body.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
