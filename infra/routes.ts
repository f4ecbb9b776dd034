// The one route table: method, path, handler, roles and what each handler may touch.
// The API Gateway stack and the local API adapter both read it; handlers import their own entry.
import { defineRoute, type RouteDef } from '../shared/http/route';
import { loginBody, loginResponse } from '../shared/schemas/auth';
import { calendarParams, hospitalSchema, hospitalsQuery, officeSchema } from '../shared/schemas/reference';
import { z } from 'zod';

export const routes = {
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
  login: defineRoute({
    id: 'auth.login',
    method: 'POST',
    path: '/api/auth/login',
    handler: 'functions/auth/login.ts',
    auth: 'public',
    summary: 'Sign in with a user id and password',
    body: loginBody,
    access: { table: 'readWrite' },
    response: { status: 200, schema: loginResponse },
    throttle: 'public',
  }),
  listHospitals: defineRoute({
    id: 'reference.list-hospitals',
    method: 'GET',
    path: '/api/hospitals',
    handler: 'functions/reference/list-hospitals.ts',
    auth: 'public',
    summary: 'Search the hospital registry',
    query: hospitalsQuery,
    access: { table: 'read' },
    response: { status: 200, schema: z.array(hospitalSchema) },
  }),
  listOffices: defineRoute({
    id: 'reference.list-offices',
    method: 'GET',
    path: '/api/offices',
    handler: 'functions/reference/list-offices.ts',
    auth: 'public',
    summary: 'SSO offices (Bangkok area offices, provincial offices, bureaus)',
    access: { table: 'read' },
    response: { status: 200, schema: z.array(officeSchema) },
  }),
  getCalendar: defineRoute({
    id: 'reference.get-calendar',
    method: 'GET',
    path: '/api/calendar/{year}',
    handler: 'functions/reference/get-calendar.ts',
    auth: 'public',
    summary: 'The working calendar (official holidays) of a year, used by SLA clocks',
    params: calendarParams,
    access: { table: 'read' },
  }),
};

export type RouteKey = keyof typeof routes;
export const routeList: RouteDef[] = Object.values(routes);
