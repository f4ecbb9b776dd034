// Functions that no HTTP route calls: S3 events, schedules and state machine tasks.
// The CDK stack wires their triggers; the local stack reads the same wiring from the template.
import type { Access } from '../shared/http/route';

export interface JobDef {
  id: string;
  handler: string;
  access: Access;
  /** EventBridge schedule in UTC, `cron(min hour dom month dow year)`. */
  schedule?: string;
  /** Invoked for every object created in the uploads bucket. */
  uploadsEvents?: boolean;
  timeoutSeconds?: number;
  /** Subscribed to the SNS topic of the SES configuration set's bounce and complaint events. */
  mailEvents?: boolean;
  /** Invoked from the table's stream for mail queued with a request's writes (QUEUED_MAIL_STREAM_FILTER). */
  queuedMail?: boolean;
  /** The task of the background-job state machine (infra/workflows/background-job.ts). */
  backgroundJobs?: boolean;
  /** A metric the job emits after each successful run; an alarm fires when none came for 48 hours. */
  heartbeatMetric?: string;
}

export const jobs = {
  verifyUpload: {
    id: 'uploads.verify-upload',
    handler: 'functions/uploads/verify-upload.ts',
    access: { table: 'readWrite', uploads: 'read' },
    uploadsEvents: true,
    timeoutSeconds: 60,
  },
  retryOutbox: {
    id: 'mail.retry-outbox',
    handler: 'functions/mail/retry-outbox.ts',
    access: { table: 'readWrite', mail: true },
    // every 5 minutes
    schedule: 'cron(0/5 * * * ? *)',
  },
  deliverQueued: {
    id: 'mail.deliver-queued',
    handler: 'functions/mail/deliver-queued.ts',
    // reads the queued item, claims the attempt, records the outcome; the stream grant is its trigger's
    access: { table: 'readWrite', mail: true },
    queuedMail: true,
  },
  recordMailEvent: {
    id: 'mail.record-mail-event',
    handler: 'functions/mail/record-mail-event.ts',
    access: { table: 'readWrite' },
    mailEvents: true,
  },
  runJob: {
    id: 'jobs.run-job',
    handler: 'functions/jobs/run-job.ts',
    // what the jobs do: the inactivity sweep (accounts, mail) and the calendar recompute (SLA clocks)
    access: { table: 'readWrite', mail: true, sla: true },
    backgroundJobs: true,
    timeoutSeconds: 900,
  },
  inactivitySweep: {
    id: 'accounts.inactivity-sweep',
    handler: 'functions/accounts/inactivity-sweep.ts',
    access: { table: 'readWrite', mail: true },
    // 02:00 Asia/Bangkok = 19:00 UTC the day before
    schedule: 'cron(0 19 * * ? *)',
    timeoutSeconds: 900,
    heartbeatMetric: 'InactivitySweepSucceeded',
  },
  calendarReminder: {
    id: 'reference.calendar-reminder',
    handler: 'functions/reference/calendar-reminder.ts',
    // the outbox is in the table
    access: { table: 'readWrite', mail: true },
    // daily at 08:00 Asia/Bangkok = 01:00 UTC; mails at most once a week (outbox key per week)
    schedule: 'cron(0 1 * * ? *)',
  },
  slaAnnounceCase: {
    id: 'complaints.sla-announce-case',
    handler: 'functions/complaints/sla/announce-case.ts',
    // the outbox is in the table
    access: { table: 'readWrite', mail: true },
  },
  slaCheckStage: {
    id: 'complaints.sla-check-stage',
    handler: 'functions/complaints/sla/check-stage.ts',
    access: { table: 'readWrite', mail: true },
  },
} satisfies Record<string, JobDef>;
