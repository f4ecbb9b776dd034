// The shape of one API route: the contract both API Gateway (CDK) and the local adapter read.
import type { $ZodType } from 'zod/v4/core';
import type { Role } from '../auth/roles';

/** What a handler touches; the CDK stack grants exactly this and nothing more. */
export interface Access {
  table?: 'read' | 'readWrite';
  /**
   * `read`: read uploaded files (and presign downloads); `readWrite`: also presign upload slots, under
   * the upload prefixes only; `readAndFreeze`: read, and copy checked files to their write-once
   * `received/` keys (shared/uploads/prefixes.ts), the only grant that writes there.
   */
  uploads?: 'read' | 'readWrite' | 'readAndFreeze';
  /** Sends e-mail through SES (and so writes the outbox). */
  mail?: boolean;
  /** Starts and stops complaint SLA executions. */
  sla?: boolean;
  /** Starts background jobs (the job state machine, infra/workflows/background-job.ts). */
  jobs?: boolean;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A raw text body instead of JSON (e.g. a CSV file): its media type and its own size limit. */
export interface TextBody {
  mediaType: 'text/csv';
  maxBytes: number;
  /** What the text holds (e.g. the CSV columns), for the OpenAPI document. */
  description?: string;
}

export interface RouteDef {
  /** Stable id, also the Lambda's construct id: `<capability>.<action>`. */
  id: string;
  method: HttpMethod;
  /** API Gateway path syntax, e.g. `/api/complaints/{complaintId}`. */
  path: string;
  /** The handler module, relative to the repository root; it exports `handler`. */
  handler: string;
  /** `public`: no token needed; `optional`: a token is read when present; else the roles allowed. */
  auth: 'public' | 'optional' | readonly Role[];
  summary: string;
  /** The rules a client should know (OpenAPI `description`): what is refused, when, and why. */
  description?: string;
  body?: $ZodType;
  /** Takes a text body of this media type (UTF-8) instead of a JSON `body`; the handler reads `text`. */
  textBody?: TextBody;
  query?: $ZodType;
  params?: $ZodType;
  /** Status and zod schema of the success body, for the OpenAPI document. */
  response?: { status: number; schema?: $ZodType };
  access: Access;
  /** Lambda memory (MB) when the default does not fit, e.g. password hashing. */
  memoryMb?: number;
  /** Public routes get a lower throttle on AWS. */
  throttle?: 'public';
  /**
   * The route's own problem codes by status, beyond those every route of its kind may answer
   * (validation, authentication, roles, media type, size; see shared/http/openapi.ts).
   */
  problems?: Partial<Record<400 | 401 | 403 | 404 | 406 | 409 | 422 | 429, readonly string[]>>;
}

export const defineRoute = <R extends RouteDef>(route: R): R => route;
