// The API client of the site: JSON in and out, the session token, Thai/English problems.
import { lang } from './i18n';

export interface Problem {
  status: number;
  code: string;
  title: string;
  errors: Array<{ path: string; code: string; message: string }>;
}

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

export interface Session {
  token: string;
  expiresAt: string;
  user: { userId: string; roles: string[]; hospitalCode?: string; officeCode?: string };
}

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

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': lang() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = session()?.token;
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  } catch {
    throw new ApiProblem({ status: 0, code: 'NETWORK', title: lang() === 'th' ? 'ติดต่อระบบไม่ได้ กรุณาลองใหม่อีกครั้ง' : 'Could not reach the service; please try again', errors: [] });
  }
  const text = await res.text();
  const data = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) throw new ApiProblem(data as Problem);
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
