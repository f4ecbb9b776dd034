// Complaints: intake, tracking, staff actions, calendars.
// Each handler imports only its own area's table, so a bundle carries only these schemas.
import { defineRoute } from '../../http/route';
import { actionBody, complaintBody, complaintIdParams, listComplaintsQuery, trackingParams } from '../../schemas/complaints';
import { COMPLAINT_STAFF_ROLES } from '../../domain/complaint-access';

export const complaintsRoutes = {
  listComplaintTopics: defineRoute({
    id: 'complaints.list-topics',
    method: 'GET',
    path: '/api/complaint-topics',
    handler: 'functions/complaints/list-topics.ts',
    auth: 'public',
    summary: 'Complaint topics (data, editable by admins)',
    access: { table: 'read' },
  }),
  fileComplaint: defineRoute({
    id: 'complaints.file',
    method: 'POST',
    path: '/api/complaints',
    handler: 'functions/complaints/file-complaint.ts',
    auth: 'optional',
    summary: 'File a complaint: public for the web channel, staff for hotline, e-mail, letter and walk-in',
    body: complaintBody,
    access: { table: 'readWrite', mail: true, sla: true },
    response: { status: 201 },
    throttle: 'public',
    problems: { 400: ['RECEIVED_IN_FUTURE', 'RECEIVED_TOO_LONG_AGO', 'CONTACT_REQUIRED', 'NAME_NOT_VISIBLE', 'CONTROL_CHARACTERS', 'INVALID_INSTANT', 'HOSPITAL_CODE_FORMAT'], 401: ['CHANNEL_NEEDS_STAFF'], 403: ['CHANNEL_NEEDS_STAFF'], 422: ['UNKNOWN_HOSPITAL', 'UNKNOWN_TOPIC'] },
  }),
  trackComplaint: defineRoute({
    id: 'complaints.track',
    method: 'GET',
    path: '/api/complaints/track/{trackingCode}',
    handler: 'functions/complaints/track.ts',
    auth: 'public',
    summary: 'Status and dates of a complaint by tracking code (no personal data)',
    params: trackingParams,
    access: { table: 'read' },
    throttle: 'public',
  }),
  listComplaints: defineRoute({
    id: 'complaints.list',
    method: 'GET',
    path: '/api/complaints',
    handler: 'functions/complaints/list-complaints.ts',
    auth: COMPLAINT_STAFF_ROLES,
    summary: 'Complaint queues (an area office sees its own office only)',
    query: listComplaintsQuery,
    access: { table: 'read' },
  }),
  getComplaint: defineRoute({
    id: 'complaints.get',
    method: 'GET',
    path: '/api/complaints/{complaintId}',
    handler: 'functions/complaints/get-complaint.ts',
    auth: COMPLAINT_STAFF_ROLES,
    summary: 'A case with its timeline and the SLA state of each stage',
    params: complaintIdParams,
    access: { table: 'read' },
  }),
  actOnComplaint: defineRoute({
    id: 'complaints.act',
    method: 'POST',
    path: '/api/complaints/{complaintId}/actions',
    handler: 'functions/complaints/act.ts',
    auth: COMPLAINT_STAFF_ROLES,
    summary: 'Acknowledge, note, escalate/reroute, pause, resume, report to the complainant, close',
    params: complaintIdParams,
    body: actionBody,
    access: { table: 'readWrite', mail: true, sla: true },
    problems: { 403: ['NOT_ASSIGNED_TO_YOUR_UNIT', 'REROUTE_INFO_CENTER_ONLY'], 404: ['COMPLAINT_NOT_FOUND'], 409: ['COMPLAINT_CLOSED', 'ALREADY_PAUSED', 'NOT_PAUSED', 'CONFLICT'], 422: ['UNKNOWN_OFFICE'] },
  }),
};
