// What staff and complainants read of complaints: each sees only what their role allows; a report
// reads only the months asked for.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Principal } from '../../../shared/auth/roles';
import type { ComplaintCase, StoredEvent } from '../../../shared/data/complaints-repository';
import { ForbiddenError, NotFoundError } from '../../../shared/http/errors';

const cases: ComplaintCase[] = [];
const monthsRead: string[] = [];
vi.mock('../../../shared/data/complaints-repository', () => ({
  getComplaint: async (id: string) => cases.find((c) => c.complaintId === id),
  findByTrackingCode: async (code: string) => cases.find((c) => c.trackingCode === code),
  listByOffice: async (office: string) => cases.filter((c) => c.officeCode === office),
  listByMonth: async (month: string) => {
    monthsRead.push(month);
    const items = cases.filter((c) => c.month === month);
    return { items, read: items.length };
  },
  listEvents: async (): Promise<StoredEvent[]> => [
    { type: 'acknowledged', at: '2026-11-03T02:00:00.000Z', actor: 'o1' },
    { type: 'received', at: '2026-11-02T02:00:00.000Z', actor: 'web' },
  ],
}));
vi.mock('../../../shared/data/reference-repository', () => ({
  listOffices: async () => [{ officeCode: 'BKK-01' }, { officeCode: 'BKK-02' }],
  getOffice: async (code: string) => (code === 'BKK-01' ? { officeCode: 'BKK-01', nameTh: 'สำนักงานเขต 1', nameEn: 'Area 1', kind: 'area' } : undefined),
}));
vi.mock('../../../shared/use-cases/resolve-hospital', () => ({ resolveHospital: async (code: string) => (code === '10001' ? { code: '1000001' } : undefined) }));

const { complaintForStaff, complaintQueue } = await import('../../../shared/use-cases/read-complaints');
const { trackComplaint } = await import('../../../shared/use-cases/track-complaint');
const { complaintReport } = await import('../../../shared/use-cases/complaint-report');

const aCase = (id: string, over: Partial<ComplaintCase> = {}): ComplaintCase => ({
  complaintId: id, trackingCode: `C2611-${id}`, channel: 'web', hospitalCode: '1000001', officeCode: 'BKK-01', topic: 'service', description: 'd',
  complainant: { name: 'สมชาย ใจดี', email: 'c@example.org' }, receivedAt: '2026-11-02T02:00:00.000Z', createdAt: '2026-11-02T02:00:00.000Z', createdBy: 'web',
  status: 'open', slaGeneration: 1, stages: [{ stage: 'acknowledge', dueAt: '2026-11-05T09:30:00.000Z', status: 'open' }] as ComplaintCase['stages'],
  breaches: [], involvedUnits: [], month: '2026-11', intake: [], ...over,
});
const infoCenter: Principal = { userId: 'ic', roles: ['info-center'] };
const bkk01: Principal = { userId: 'a1', roles: ['area-office'], officeCode: 'BKK-01' };
const legal: Principal = { userId: 'l1', roles: ['legal'] };

beforeEach(() => {
  cases.length = 0;
  monthsRead.length = 0;
  cases.push(
    aCase('A', { receivedAt: '2026-11-01T02:00:00.000Z' }),
    aCase('B', { officeCode: 'BKK-02', hospitalCode: '2000001', involvedUnits: ['LEGAL'], receivedAt: '2026-11-03T02:00:00.000Z' }),
    aCase('C', { status: 'closed', month: '2026-10', receivedAt: '2026-10-20T02:00:00.000Z', closedAt: '2026-10-25T02:00:00.000Z', outcome: 'resolved' }),
  );
});

describe('complaintQueue', () => {
  it('shows the Information Center every office, newest first, and narrows by hcode and status', async () => {
    expect((await complaintQueue({}, infoCenter)).map((c) => c.complaintId)).toEqual(['B', 'A', 'C']);
    expect((await complaintQueue({ hospitalCode: '10001', status: 'open' }, infoCenter)).map((c) => c.complaintId)).toEqual(['A']);
  });

  it('holds an area office to its own office, and refuses another', async () => {
    expect((await complaintQueue({}, bkk01)).map((c) => c.complaintId)).toEqual(['A', 'C']);
    await expect(complaintQueue({ officeCode: 'BKK-02' }, bkk01)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('shows the Legal Division only the cases it was brought into', async () => {
    expect((await complaintQueue({}, legal)).map((c) => c.complaintId)).toEqual(['B']);
  });
});

describe('complaintForStaff', () => {
  it('answers the case without its intake, its timeline in order, and which stages are overdue', async () => {
    const { kase, timeline, sla } = await complaintForStaff('A', infoCenter, Date.parse('2026-11-06T00:00:00.000Z'));
    expect(kase).not.toHaveProperty('intake');
    expect(timeline.map((e) => e.type)).toEqual(['received', 'acknowledged']);
    expect(sla).toEqual([expect.objectContaining({ stage: 'acknowledge', overdue: true, breached: false })]);
  });

  it('answers 404 for no case and 403 for a case the reader may not see', async () => {
    await expect(complaintForStaff('NOPE', infoCenter)).rejects.toBeInstanceOf(NotFoundError);
    await expect(complaintForStaff('B', bkk01)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('trackComplaint', () => {
  it('finds a code typed without its dash and shows no personal data', async () => {
    const seen = await trackComplaint('C2611A');
    expect(seen).toMatchObject({ trackingCode: 'C2611-A', status: 'open', office: { officeCode: 'BKK-01', nameTh: 'สำนักงานเขต 1' } });
    expect(JSON.stringify(seen)).not.toContain('สมชาย');
    await expect(trackComplaint('C2611-ZZ')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('complaintReport', () => {
  it('reads one month for a month, twelve for a fiscal year', async () => {
    const month = await complaintReport({ month: '2026-11' }, infoCenter);
    expect(monthsRead).toEqual(['2026-11']);
    expect(month).toMatchObject({ period: { month: '2026-11' }, itemsRead: 2, report: { total: { total: 2 } } });
    monthsRead.length = 0;
    const year = await complaintReport({ fiscalYear: 2570 }, infoCenter);
    expect(monthsRead).toHaveLength(12);
    expect(year).toMatchObject({ period: { fiscalYear: 2570 }, report: { total: { total: 3 } } });
  });

  it('holds an area office to its own office, refuses another, and refuses staff with no office scope', async () => {
    expect(await complaintReport({ month: '2026-11' }, bkk01)).toMatchObject({ officeCode: 'BKK-01', report: { total: { total: 1 } } });
    await expect(complaintReport({ month: '2026-11', officeCode: 'BKK-02' }, bkk01)).rejects.toMatchObject({ code: 'REPORT_OTHER_OFFICE' });
    await expect(complaintReport({ month: '2026-11' }, legal)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
