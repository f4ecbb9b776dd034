// The API client of the site: JSON in and out, the session token, Thai/English problems.
// Answer types come from the API's own schemas and types, imported as types only: no zod at run time.
import type * as z from 'zod';
import type { ProblemBody } from '../../shared/http/problem';
import type { loginResponse } from '../../shared/schemas/auth';
import { lang } from './i18n';

/** An RFC 9457 problem as the API sends it (shared/http/problem.ts), or as the site makes one for a lost connection. */
export type Problem = Pick<ProblemBody, 'status' | 'code' | 'title' | 'errors'>;

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

/** The sign-in's answer (POST /api/auth/login), kept for the tab's lifetime. */
export type Session = z.output<typeof loginResponse>;

export function session(): Session | undefined {
  const raw = sessionStorage.getItem('session');
  if (!raw) return undefined;
  const s = JSON.parse(raw) as Session;
  if (new Date(s.expiresAt) <= new Date()) {
    sessionStorage.removeItem('session');
    return undefined;
  }
  return s;
}

export function saveSession(s: Session | undefined): void {
  if (s) sessionStorage.setItem('session', JSON.stringify(s));
  else sessionStorage.removeItem('session');
}

export interface ApiOptions {
  /** Sends `body` as it is (a string) with this media type instead of JSON, e.g. `text/csv; charset=utf-8`. */
  contentType?: string;
  /** Revalidates with the server instead of using the browser's cached copy (e.g. public lists an admin just edited). */
  fresh?: boolean;
}

/** Fired when the server refuses the session's token (password changed elsewhere, account disabled…). */
export const SESSION_ENDED_EVENT = 'session-ended';

export async function api<T>(method: string, path: string, body?: unknown, options: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': lang() };
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const token = session()?.token;
  if (token) headers.authorization = `Bearer ${token}`;
  const payload = body === undefined ? undefined : options.contentType && typeof body === 'string' ? body : JSON.stringify(body);
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method, headers, ...(payload !== undefined ? { body: payload } : {}), ...(options.fresh ? { cache: 'no-cache' as const } : {}) });
  } catch {
    throw new ApiProblem({ status: 0, code: 'NETWORK', title: lang() === 'th' ? 'ติดต่อระบบไม่ได้ กรุณาลองใหม่อีกครั้ง' : 'Could not reach the service; please try again', errors: [] });
  }
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const problem: Problem = data && typeof data === 'object' && 'code' in data ? (data as Problem) : { status: res.status, code: `HTTP_${res.status}`, title: lang() === 'th' ? 'ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง' : 'Something went wrong; please try again', errors: [] };
    problem.errors ??= [];
    // a token the server no longer honours: the session is over, whatever page asked
    if (res.status === 401 && token && !path.startsWith('/auth/login')) {
      saveSession(undefined);
      window.dispatchEvent(new CustomEvent(SESSION_ENDED_EVENT, { detail: problem }));
    }
    throw new ApiProblem(problem);
  }
  return data as T;
}

/** PUTs a file straight to a presigned S3 URL, reporting progress (0–1). */
export function uploadFile(upload: { url: string; method: string; headers: Record<string, string> }, file: Blob, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(upload.method, upload.url);
    for (const [k, v] of Object.entries(upload.headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? (onProgress(1), resolve()) : reject(new Error(`upload failed: ${xhr.status}`)));
    xhr.onerror = () => reject(new Error('upload failed'));
    xhr.send(file);
  });
}

export async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A background job (202 {jobId} from the route that queued it), polled until it is done. */
export interface BackgroundJob<R> {
  jobId: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  result?: R;
  error?: { code: string; message: string };
}

export async function awaitJob<R>(jobId: string, timeoutMs = 10 * 60_000): Promise<BackgroundJob<R>> {
  const deadline = Date.now() + timeoutMs;
  for (let pause = 250; ; pause = Math.min(2000, pause * 1.5)) {
    const job = await api<BackgroundJob<R>>('GET', `/admin/jobs/${jobId}`, undefined, { fresh: true });
    if (job.status === 'succeeded' || job.status === 'failed' || Date.now() > deadline) return job;
    await new Promise((r) => setTimeout(r, pause));
  }
}

/** Fetches a signed-in file answer (a CSV or PDF of the API) and hands it to the browser as a download. */
export async function downloadFile(path: string, accept: string, filename: string): Promise<void> {
  const res = await fetch(`/api${path}`, { headers: { accept, authorization: `Bearer ${session()?.token ?? ''}` } });
  if (!res.ok) throw new ApiProblem((await res.json()) as Problem);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}
