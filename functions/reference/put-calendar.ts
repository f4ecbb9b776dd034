// PUT /api/calendar/{year}: an admin loads or corrects a year's official holidays; complaints whose
// deadlines were provisional are recomputed and their clocks replaced.
import { referenceRoutes } from '../../infra/routes/reference';
import { getComplaint, listEvents, listProvisional, saveComplaint } from '../../shared/data/complaints-repository';
import { putCalendar } from '../../shared/data/reference-repository';
import { workingCalendarSchema } from '../../shared/domain/holiday-calendar';
import { zodToFieldErrors } from '../../shared/http/zod-errors';
import { ValidationError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { deadlinesFor, forgetCalendars, noteProvisional, startClock, stopClock } from '../../shared/use-cases/complaint-sla';

export const handler = httpHandler(referenceRoutes.putCalendar, async ({ params, body }) => {
  const parsed = workingCalendarSchema.safeParse({ year: params.year, workingHours: { start: '08:30', end: '16:30' }, holidays: body.holidays }, { reportInput: true });
  if (!parsed.success) throw new ValidationError(zodToFieldErrors(parsed.error, ''));
  await putCalendar(parsed.data);
  forgetCalendars();
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
  return { body: { year: parsed.data.year, holidays: parsed.data.holidays.length, recomputed } };
});
