import { describe, expect, it } from 'vitest';
import {
  ComplaintLogError,
  computeDeadlines,
  DEFAULT_SLA_POLICY,
  slaPolicySchema,
  type ComplaintEvent,
  type ComplaintEventType,
  type SlaPolicy,
  type SlaStage,
  type StageDeadline,
} from '../../../shared/domain/complaint-deadlines';
import { BUNDLED_CALENDARS, CalendarSet } from '../../../shared/domain/holiday-calendar';
import { bangkokDate, bangkokWallClock, fromBangkokWallClock } from '../../../shared/time/bangkok';

const cal = new CalendarSet(BUNDLED_CALENDARS);

const bkk = (wall: string): Date => fromBangkokWallClock(wall.slice(0, 10), wall.slice(11));
const wall = (iso: string): string => {
  const instant = new Date(iso);
  const { hour, minute } = bangkokWallClock(instant);
  return `${bangkokDate(instant)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
};
/** A log written as [type, 'YYYY-MM-DD HH:MM' Bangkok]. */
const log = (...entries: Array<[ComplaintEventType, string]>): ComplaintEvent[] =>
  entries.map(([type, at]) => ({ type, at: bkk(at).toISOString() }));

/** The result as Bangkok wall-clock strings, keyed by stage, for readable expectations. */
function deadlines(events: ComplaintEvent[], policy: SlaPolicy = DEFAULT_SLA_POLICY) {
  const byStage = {} as Record<SlaStage, Omit<StageDeadline, 'stage'>>;
  for (const { stage, ...rest } of computeDeadlines(events, policy, cal)) {
    byStage[stage] = {
      ...rest,
      dueAt: wall(rest.dueAt),
      warnAt: wall(rest.warnAt),
      ...(rest.doneAt ? { doneAt: wall(rest.doneAt) } : {}),
    };
  }
  return byStage;
}

describe('computeDeadlines with the default policy', () => {
  it('gives a complaint received Friday 16:00 a route deadline of Monday 16:00', () => {
    const result = deadlines(log(['received', '2026-03-06 16:00']));
    expect(result.route).toEqual({
      dueAt: '2026-03-09 16:00',
      // One working day before the target is the moment of receipt itself.
      warnAt: '2026-03-06 16:00',
      provisional: false,
      status: 'open',
    });
    // 30 min Fri + Mon + Tue + 450 min Wed.
    expect(result.acknowledge).toMatchObject({ dueAt: '2026-03-11 16:00', warnAt: '2026-03-10 16:00' });
    // Day 15 is Sat 21 Mar, so Monday 16:30; warned at that morning's opening.
    expect(result['report-back']).toMatchObject({ dueAt: '2026-03-23 16:30', warnAt: '2026-03-23 08:30' });
  });

  it('returns the stages in policy order with ISO instants', () => {
    const result = computeDeadlines(log(['received', '2026-03-10 10:00']), DEFAULT_SLA_POLICY, cal);
    expect(result.map((r) => r.stage)).toEqual(['route', 'acknowledge', 'report-back']);
    expect(result[0]?.dueAt).toBe('2026-03-11T03:00:00.000Z');
  });

  it.each([
    ['2026-03-07 10:00', '2026-03-09 16:30', '2026-03-11 16:30', '2026-03-23 16:30', 'a Saturday: clocks start Monday 08:30'],
    ['2026-03-10 07:15', '2026-03-10 16:30', '2026-03-12 16:30', '2026-03-25 16:30', 'before opening: clocks start at 08:30'],
    ['2026-03-10 18:00', '2026-03-11 16:30', '2026-03-13 16:30', '2026-03-25 16:30', 'after closing: clocks start the next morning'],
    ['2026-03-10 16:30', '2026-03-11 16:30', '2026-03-13 16:30', '2026-03-25 16:30', 'exactly at closing'],
    ['2026-04-10 10:00', '2026-04-16 10:00', '2026-04-20 10:00', '2026-04-27 16:30', 'the Friday before Songkran'],
    ['2026-03-29 11:00', '2026-03-30 16:30', '2026-04-01 16:30', '2026-04-16 16:30', 'day 15 on Songkran moves to Thursday 16 April'],
    ['2026-05-29 09:00', '2026-06-02 09:00', '2026-06-05 09:00', '2026-06-15 16:30', 'over substitute day 1 June and 3 June'],
    ['2026-05-17 09:00', '2026-05-18 16:30', '2026-05-20 16:30', '2026-06-02 16:30', 'day 15 on substitute day 1 June'],
    ['2026-11-22 09:00', '2026-11-23 16:30', '2026-11-25 16:30', '2026-12-08 16:30', 'day 15 on substitute day 7 December'],
    ['2026-12-04 12:00', '2026-12-08 12:00', '2026-12-11 12:00', '2026-12-21 16:30', 'over 7 December and 10 December'],
  ])('received %s: route %s, acknowledge %s, report-back %s (%s)', (received, route, acknowledge, reportBack) => {
    const result = deadlines(log(['received', received]));
    expect(result.route.dueAt).toBe(route);
    expect(result.acknowledge.dueAt).toBe(acknowledge);
    expect(result['report-back'].dueAt).toBe(reportBack);
    expect(Object.values(result).every((r) => !r.provisional)).toBe(true);
  });

  it('marks deadlines that reach into 2027, which is not loaded, as provisional', () => {
    const result = deadlines(log(['received', '2026-12-30 15:00']));
    expect(result.route).toMatchObject({ dueAt: '2027-01-01 15:00', provisional: true });
    // Wed 90 + Fri 1 Jan 480 + Mon 4 Jan 480 + Tue 5 Jan 390.
    expect(result.acknowledge).toMatchObject({ dueAt: '2027-01-05 15:00', provisional: true });
    expect(result['report-back']).toMatchObject({ dueAt: '2027-01-14 16:30', provisional: true });
  });

  it('keeps a deadline inside 2026 firm even near the year end', () => {
    const result = deadlines(log(['received', '2026-12-28 09:00']));
    expect(result.route).toMatchObject({ dueAt: '2026-12-29 09:00', provisional: false });
    // Mon 450 + Tue 480 + Wed 480 + (Thu 31 Dec holiday) Fri 1 Jan 2027 30 minutes.
    expect(result.acknowledge).toMatchObject({ dueAt: '2027-01-01 09:00', provisional: true });
  });
});

describe('computeDeadlines: done, closed, cancelled', () => {
  it('marks a stage done at its completing event and leaves the others open', () => {
    const result = deadlines(
      log(['received', '2026-03-10 10:00'], ['routed', '2026-03-10 15:00'], ['acknowledged', '2026-03-12 09:00']),
    );
    expect(result.route).toMatchObject({ status: 'done', doneAt: '2026-03-10 15:00', dueAt: '2026-03-11 10:00' });
    expect(result.acknowledge).toMatchObject({ status: 'done', doneAt: '2026-03-12 09:00' });
    expect(result['report-back']).toMatchObject({ status: 'open' });
    expect(result['report-back'].doneAt).toBeUndefined();
  });

  it('cancels the open stages when the case is closed, and keeps the done ones', () => {
    const result = deadlines(
      log(['received', '2026-03-10 10:00'], ['routed', '2026-03-10 11:00'], ['closed', '2026-03-10 12:00']),
    );
    expect(result.route.status).toBe('done');
    expect(result.acknowledge.status).toBe('cancelled');
    expect(result['report-back'].status).toBe('cancelled');
  });

  it('marks report-back done when the complainant was told, then closed', () => {
    const result = deadlines(
      log(
        ['received', '2026-03-10 10:00'],
        ['routed', '2026-03-10 11:00'],
        ['acknowledged', '2026-03-11 11:00'],
        ['reported', '2026-03-20 10:00'],
        ['closed', '2026-03-20 10:05'],
      ),
    );
    expect(Object.values(result).map((r) => r.status)).toEqual(['done', 'done', 'done']);
  });

  it('ignores events after closing', () => {
    const result = deadlines(
      log(['received', '2026-03-10 10:00'], ['closed', '2026-03-10 12:00'], ['reported', '2026-03-11 10:00']),
    );
    expect(result['report-back'].status).toBe('cancelled');
  });

  it('cancels a stage that was paused when the case closed', () => {
    const result = deadlines(
      log(['received', '2026-03-10 10:00'], ['paused', '2026-03-10 11:00'], ['closed', '2026-03-12 12:00']),
    );
    expect(Object.values(result).map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });
});

describe('computeDeadlines: pause and resume', () => {
  it('extends working-day targets by the working time spent paused', () => {
    // Paused Wed 12:00 → Mon 12:00: 270 + 480 + 480 + 210 = 1440 working minutes (3 days).
    const result = deadlines(
      log(['received', '2026-03-10 10:00'], ['paused', '2026-03-11 12:00'], ['resumed', '2026-03-16 12:00']),
    );
    // Route was due Wed 10:00, before the pause: that clock had run out and stays.
    expect(result.route).toMatchObject({ dueAt: '2026-03-11 10:00', status: 'open' });
    // Acknowledge was due Fri 13 Mar 10:00; 600 minutes used, 840 left from Mon 12:00.
    expect(result.acknowledge).toMatchObject({ dueAt: '2026-03-18 10:00', warnAt: '2026-03-17 10:00', status: 'open' });
    // Report-back was due Wed 25 Mar; paused exactly 5 days → Mon 30 Mar.
    expect(result['report-back']).toMatchObject({ dueAt: '2026-03-30 16:30', warnAt: '2026-03-30 08:30' });
  });

  it('moves a days target by the exact time paused: an hour moves nothing unless it crosses midnight', () => {
    const result = deadlines(
      log(['received', '2026-03-10 10:00'], ['paused', '2026-03-11 10:30'], ['resumed', '2026-03-11 11:30']),
    );
    expect(result['report-back'].dueAt).toBe('2026-03-25 16:30');
    expect(result.acknowledge.dueAt).toBe('2026-03-13 11:00');
    expect(result.route.dueAt).toBe('2026-03-11 10:00');
  });

  it('gains nothing from pausing and resuming at once, in or outside office hours', () => {
    const plain = deadlines(log(['received', '2026-03-10 10:00']));
    for (const at of ['2026-03-11 00:31', '2026-03-11 10:00', '2026-03-14 12:00']) {
      const result = deadlines(log(['received', '2026-03-10 10:00'], ['paused', at], ['resumed', at]));
      expect(result['report-back'].dueAt, at).toBe(plain['report-back'].dueAt);
      expect(result.acknowledge.dueAt, at).toBe(plain.acknowledge.dueAt);
    }
  });

  it('moves a days target a day when the time paused carries the count past midnight', () => {
    // received 20:00 (a web complaint at night); 5 hours paused → counted from 01:00 the next day
    const result = deadlines(
      log(['received', '2026-03-10 20:00'], ['paused', '2026-03-11 09:00'], ['resumed', '2026-03-11 14:00']),
    );
    expect(result['report-back'].dueAt).toBe('2026-03-26 16:30');
  });

  it('does not extend a stage paused exactly at its deadline', () => {
    const result = deadlines(
      log(['received', '2026-03-10 10:00'], ['paused', '2026-03-11 10:00'], ['resumed', '2026-03-12 10:00']),
    );
    expect(result.route).toMatchObject({ dueAt: '2026-03-11 10:00', status: 'open' });
    expect(result.acknowledge.dueAt).toBe('2026-03-16 10:00');
  });

  it('moves a days target extended onto Songkran past it', () => {
    // Due Wed 8 Apr; paused 4 days 23 hours → 5 days → Mon 13 Apr → Thu 16 Apr.
    const result = deadlines(
      log(['received', '2026-03-24 10:00'], ['paused', '2026-03-25 10:00'], ['resumed', '2026-03-30 09:00']),
    );
    expect(result['report-back'].dueAt).toBe('2026-04-16 16:30');
  });

  it('adds up several pauses', () => {
    // Two pauses of 120 working minutes each, on Tuesday and Wednesday.
    const result = deadlines(
      log(
        ['received', '2026-03-10 09:00'],
        ['paused', '2026-03-10 10:00'],
        ['resumed', '2026-03-10 12:00'],
        ['paused', '2026-03-11 13:00'],
        ['resumed', '2026-03-11 15:00'],
      ),
    );
    // Acknowledge: Fri 13 Mar 09:00 + 240 minutes.
    expect(result.acknowledge.dueAt).toBe('2026-03-13 13:00');
    // Report-back: 4 hours paused carry the count from 09:00 to 13:00 the same day: no change.
    expect(result['report-back'].dueAt).toBe('2026-03-25 16:30');
  });

  it('counts a pause across a holiday only by its working time', () => {
    // Paused Fri 10 Apr 15:30 → Thu 16 Apr 09:30: 60 + 60 = 120 working minutes.
    const result = deadlines(
      log(['received', '2026-04-09 10:00'], ['paused', '2026-04-10 15:30'], ['resumed', '2026-04-16 09:30']),
    );
    // Without the pause: Thu 9 10:00 + 3 days → Fri 10, Thu 16, Fri 17 10:00; plus 120 → 12:00.
    expect(result.acknowledge.dueAt).toBe('2026-04-17 12:00');
  });

  it('shows open stages as paused while no resume has come, deadline as if resumed at once', () => {
    const result = deadlines(log(['received', '2026-03-10 10:00'], ['paused', '2026-03-11 09:00']));
    expect(result.route).toMatchObject({ status: 'paused', dueAt: '2026-03-11 10:00' });
    expect(result.acknowledge).toMatchObject({ status: 'paused', dueAt: '2026-03-13 10:00' });
    expect(result['report-back']).toMatchObject({ status: 'paused', dueAt: '2026-03-25 16:30' });
  });

  it('leaves done and overdue stages out of a current pause', () => {
    const result = deadlines(
      log(['received', '2026-03-10 10:00'], ['routed', '2026-03-10 11:00'], ['paused', '2026-03-13 11:00']),
    );
    expect(result.route.status).toBe('done');
    // Acknowledge fell due Fri 13 Mar 10:00, an hour before the pause.
    expect(result.acknowledge.status).toBe('open');
    expect(result['report-back'].status).toBe('paused');
  });

  it('stops counting a pause when the stage is done during it', () => {
    const result = deadlines(
      log(
        ['received', '2026-03-10 10:00'],
        ['paused', '2026-03-11 09:00'],
        ['routed', '2026-03-11 09:30'],
        ['resumed', '2026-03-12 10:00'],
      ),
    );
    expect(result.route).toMatchObject({ status: 'done', doneAt: '2026-03-11 09:30', dueAt: '2026-03-11 10:30' });
    // Acknowledge was paused the whole time: Wed 450 + Thu 90 = 540 minutes added to Fri 13 Mar 10:00.
    expect(result.acknowledge).toMatchObject({ status: 'open', dueAt: '2026-03-16 11:00' });
  });

  it('ignores a second pause while paused and a resume while running', () => {
    const plain = deadlines(
      log(['received', '2026-03-10 10:00'], ['paused', '2026-03-11 12:00'], ['resumed', '2026-03-11 14:00']),
    );
    const noisy = deadlines(
      log(
        ['received', '2026-03-10 10:00'],
        ['resumed', '2026-03-10 11:00'],
        ['paused', '2026-03-11 12:00'],
        ['paused', '2026-03-11 13:00'],
        ['resumed', '2026-03-11 14:00'],
        ['resumed', '2026-03-11 15:00'],
      ),
    );
    expect(noisy).toEqual(plain);
  });
});

describe('computeDeadlines: the event log', () => {
  it('is a pure function of the log, whatever order the events come in', () => {
    const events = log(
      ['received', '2026-03-10 10:00'],
      ['routed', '2026-03-10 11:00'],
      ['paused', '2026-03-11 12:00'],
      ['resumed', '2026-03-16 12:00'],
    );
    const expected = computeDeadlines(events, DEFAULT_SLA_POLICY, cal);
    expect(computeDeadlines([...events].reverse(), DEFAULT_SLA_POLICY, cal)).toEqual(expected);
    expect(computeDeadlines(events, DEFAULT_SLA_POLICY, cal)).toEqual(expected);
  });

  it('ignores events before the complaint was received', () => {
    const result = deadlines(
      log(['paused', '2026-03-09 10:00'], ['routed', '2026-03-09 11:00'], ['received', '2026-03-10 10:00']),
    );
    expect(result.route).toMatchObject({ status: 'open', dueAt: '2026-03-11 10:00' });
  });

  it('accepts instants with an offset', () => {
    const result = computeDeadlines([{ type: 'received', at: '2026-03-06T16:00:00+07:00' }], DEFAULT_SLA_POLICY, cal);
    expect(wall(result[0]?.dueAt ?? '')).toBe('2026-03-09 16:00');
  });

  it('refuses a log with no receipt', () => {
    expect(() => computeDeadlines(log(['routed', '2026-03-10 10:00']), DEFAULT_SLA_POLICY, cal)).toThrow(
      ComplaintLogError,
    );
  });

  it('refuses an unreadable time', () => {
    expect(() => computeDeadlines([{ type: 'received', at: 'yesterday' }], DEFAULT_SLA_POLICY, cal)).toThrow(
      ComplaintLogError,
    );
  });
});

describe('SLA policy', () => {
  it('defaults to 1 and 3 working days and 15 days, warned a working day before', () => {
    expect(DEFAULT_SLA_POLICY.stages.map((s) => [s.stage, s.target.unit, s.target.amount, s.warnBefore.amount])).toEqual([
      ['route', 'working-days', 1, 1],
      ['acknowledge', 'working-days', 3, 1],
      ['report-back', 'days', 15, 1],
    ]);
    expect(slaPolicySchema.safeParse(DEFAULT_SLA_POLICY).success).toBe(true);
  });

  it('follows a configured policy', () => {
    const policy: SlaPolicy = {
      stages: [
        { stage: 'report-back', target: { unit: 'working-days', amount: 10 }, warnBefore: { unit: 'working-days', amount: 2 } },
      ],
    };
    // Fri 3 Apr 10:00 + 10 working days, skipping Chakri Day (6 Apr) and Songkran (13–15 Apr):
    // 7, 8, 9, 10, 16, 17, 20, 21, 22, 23 April.
    const result = deadlines(log(['received', '2026-04-03 10:00']), policy);
    expect(result['report-back']).toMatchObject({ dueAt: '2026-04-23 10:00', warnAt: '2026-04-21 10:00' });
    expect(result.route).toBeUndefined();
  });

  it.each([
    ['a stage twice', { stages: [DEFAULT_SLA_POLICY.stages[0], DEFAULT_SLA_POLICY.stages[0]] }],
    ['a fractional number of days', { stages: [{ stage: 'report-back', target: { unit: 'days', amount: 1.5 }, warnBefore: { unit: 'working-days', amount: 1 } }] }],
    ['a zero target', { stages: [{ stage: 'route', target: { unit: 'working-days', amount: 0 }, warnBefore: { unit: 'working-days', amount: 1 } }] }],
    ['an unknown stage', { stages: [{ stage: 'investigate', target: { unit: 'days', amount: 1 }, warnBefore: { unit: 'working-days', amount: 1 } }] }],
  ])('rejects a policy with %s', (_what, policy) => {
    expect(slaPolicySchema.safeParse(policy).success).toBe(false);
  });
});
