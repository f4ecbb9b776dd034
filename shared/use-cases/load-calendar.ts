// An admin loads or corrects a year's official holiday list (PUT /api/calendar/{year}), as a numbered course:
//  1. an empty list is refused (422 CALENDAR_EMPTY, nothing written): no year is holiday-free;
//  2. the list is checked (real dates in that year, none twice) and stored, recorded as an admin change;
//  3. complaints whose deadlines were provisional are recomputed and their clocks replaced: by the
//     route, in a background job (shared/use-cases/background-jobs.ts), since it may be hundreds of cases.
import { adminTarget, recordAdminChange } from '../data/audit-repository';
import { getComplaint, listEvents, saveComplaint } from '../data/complaints-repository';
import { listProvisional } from '../data/sla-timers-repository';
import { getCalendar, putCalendar } from '../data/reference-repository';
import { workingCalendarSchema, type HolidayEntry } from '../domain/holiday-calendar';
import { RuleError, ValidationError } from '../http/errors';
import { zodToFieldErrors } from '../http/zod-errors';
import { deadlinesFor, forgetCalendars, noteProvisional, startClock, stopClock } from './complaint-sla';

export async function loadCalendar(year: number, holidays: HolidayEntry[], actor: string, now = new Date(), options: { recompute: boolean } = { recompute: true }) {
  if (holidays.length === 0) throw new RuleError('CALENDAR_EMPTY', 'holidays');
  const parsed = workingCalendarSchema.safeParse({ year, workingHours: { start: '08:30', end: '16:30' }, holidays }, { reportInput: true });
  if (!parsed.success) throw new ValidationError(zodToFieldErrors(parsed.error, ''));
  const before = await getCalendar(year);
  await putCalendar(parsed.data);
  forgetCalendars();
  await recordAdminChange({ at: now.toISOString(), actor, action: before ? 'calendar.update' : 'calendar.load', target: adminTarget.calendar(year), before, after: parsed.data });
  return { year: parsed.data.year, holidays: parsed.data.holidays.length, ...(options.recompute ? { recomputed: await recomputeProvisional() } : {}) };
}

/** Recomputes the deadlines of open cases that were provisional and replaces their clocks; how many. */
export async function recomputeProvisional(): Promise<number> {
  let recomputed = 0;
  for (const complaintId of await listProvisional()) {
    const c = await getComplaint(complaintId);
    if (!c || c.status === 'closed') continue;
    const next = { ...c, stages: await deadlinesFor(await listEvents(c)), slaGeneration: c.slaGeneration + 1 };
    delete next.executionArn;
    if (!(await saveComplaint(next, { slaGeneration: c.slaGeneration, status: c.status }))) continue;
    await stopClock(c, 'calendar loaded');
    if (next.status === 'open') {
      const executionArn = await startClock(next);
      if (executionArn) await saveComplaint({ ...next, executionArn }, { slaGeneration: next.slaGeneration, status: next.status });
    }
    await noteProvisional(next, c);
    recomputed++;
  }
  return recomputed;
}
