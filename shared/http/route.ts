// The shape of one API route: the contract both API Gateway (CDK) and the local adapter read.
import type { ZodType } from 'zod';
import type { Role } from '../auth/roles';

/** What a handler touches; the CDK stack grants exactly this and nothing more. */
export interface Access {
  table?: 'read' | 'readWrite';
  uploads?: 'read' | 'readWrite';
  /** Sends e-mail through SES (and so writes the outbox). */
  mail?: boolean;
  /** Starts and stops complaint SLA executions. */
  sla?: boolean;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

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
  body?: ZodType;
  query?: ZodType;
  params?: ZodType;
  /** Status and zod schema of the success body, for the OpenAPI document. */
  response?: { status: number; schema?: ZodType };
  access: Access;
  /** Public routes get a lower throttle on AWS. */
  throttle?: 'public';
}

export const defineRoute = <R extends RouteDef>(route: R): R => route;
