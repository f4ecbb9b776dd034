// Reference data: hospitals, offices, working calendars.
// Each handler imports only its own area's table, so a bundle carries only these schemas.
import { defineRoute } from '../../shared/http/route';
import { calendarBody } from '../../shared/schemas/complaints';
import { calendarParams, hospitalSchema, hospitalsQuery, officeSchema } from '../../shared/schemas/reference';
import * as z from 'zod';

export const referenceRoutes = {
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
  putCalendar: defineRoute({
    id: 'reference.put-calendar',
    method: 'PUT',
    path: '/api/calendar/{year}',
    handler: 'functions/reference/put-calendar.ts',
    auth: ['admin'],
    summary: 'Load or correct the official holiday list of a year; provisional SLA deadlines are recomputed',
    params: calendarParams,
    body: calendarBody,
    access: { table: 'readWrite', mail: true, sla: true },
  }),
};
