// System: liveness and the OpenAPI document.
// Each handler imports only its own area's table, so a bundle carries only these schemas.
import { defineRoute } from '../../http/route';
import * as z from 'zod/mini';

export const systemRoutes = {
  health: defineRoute({
    id: 'system.health',
    method: 'GET',
    path: '/api/health',
    handler: 'functions/system/health.ts',
    auth: 'public',
    summary: 'Liveness check',
    access: {},
    response: { status: 200, schema: z.object({ status: z.literal('ok') }) },
  }),
  openapi: defineRoute({
    id: 'system.openapi',
    method: 'GET',
    path: '/api/openapi.json',
    handler: 'functions/system/openapi.ts',
    auth: 'public',
    summary: 'This OpenAPI 3.1 document, generated from the request schemas',
    access: {},
  }),
};
