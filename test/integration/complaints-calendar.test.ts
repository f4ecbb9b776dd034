// A year with no official holiday list: deadlines are provisional (weekends only), the admins are
// told once, and loading the list recomputes the deadlines and replaces the clock.
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/test-stack';
import { finishedJob } from './support/jobs';
import { eventually } from '../../local/fixtures';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
  const { ddb } = await import('../../shared/aws/dynamodb');
  // as if the 2026 list had never been loaded
  await ddb.send(new DeleteCommand({ TableName: process.env.TABLE_NAME!, Key: { pk: 'CALENDAR#2026', sk: 'CALENDAR' } }));
});
afterAll(async () => {
  await stack?.stop();
});

describe('a year without its holiday list', () => {
  it('marks deadlines provisional, tells the admins once, and recomputes when the list arrives', async () => {
    const body = { channel: 'web', hospitalCode: '1000002', topic: 'other', description: 'ทดสอบปฏิทิน', complainant: { name: 'ผู้ร้อง ทดสอบ', phone: '0812345678' } };
    const first = await stack.call<{ complaintId: string; deadlines: Array<{ provisional: boolean }> }>('POST', '/complaints', { body });
    const second = await stack.call<{ complaintId: string }>('POST', '/complaints', { body });
    expect(first.status).toBe(201);
    expect(first.body.deadlines.some((d) => d.provisional)).toBe(true);
    // sent by each case's first workflow task, off the filing's request path
    const adminAlerts = async () => (await stack.mails()).filter((m) => m.destination.to.includes('admin@sso.example'));
    await eventually(async () => (await adminAlerts()).length > 0);
    await new Promise((r) => setTimeout(r, 500));
    const alerts = await adminAlerts();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.subject).toContain('2569');

    expect((await stack.call('GET', '/calendar/2026')).status).toBe(404);
    const admin = await stack.login('demo-admin');
    const { BUNDLED_CALENDARS } = await import('../../shared/domain/holiday-calendar');
    const holidays = BUNDLED_CALENDARS.find((c) => c.year === 2026)!.holidays;
    const loaded = await stack.call<{ year: number; jobId: string }>('PUT', '/calendar/2026', { token: admin, body: { holidays } });
    expect(loaded.status, JSON.stringify(loaded.body)).toBe(202);
    expect(loaded.body.year).toBe(2026);
    // the recompute is a background job: 202 {jobId}, then GET /api/admin/jobs/{jobId}
    const job = await finishedJob<{ recomputed: number }>(stack, loaded.body.jobId, admin);
    expect(job).toMatchObject({ kind: 'calendar-recompute', status: 'succeeded', result: { recomputed: 2 } });

    const infoCenter = await stack.login('demo-info-center');
    for (const id of [first.body.complaintId, second.body.complaintId]) {
      const c = await stack.call<{ stages: Array<{ provisional: boolean }>; slaGeneration: number }>('GET', `/complaints/${id}`, { token: infoCenter });
      expect(c.body.stages.every((s) => !s.provisional)).toBe(true);
      expect(c.body.slaGeneration).toBe(2);
    }
  });

  it('refuses a holiday list with a date outside its year', async () => {
    const admin = await stack.login('demo-admin');
    const res = await stack.call<{ status: number }>('PUT', '/calendar/2027', { token: admin, body: { holidays: [{ date: '2026-12-31', nameTh: 'วันสิ้นปี', nameEn: "New Year's Eve" }] } });
    expect(res.status).toBe(400);
  });
});
