// Daily (EventBridge): from 1 October, while next year's official holiday list is not loaded (or at
// once for this year's), mail the admin mailbox; the outbox key sends each reminder once a week.
import type { ScheduledEvent } from 'aws-lambda';
import { jobHandler } from '../../shared/job-handler';
import { logger } from '../../shared/logger';
import { sendCalendarReminders } from '../../shared/use-cases/admin-notices';

export const handler = jobHandler(async (event: Pick<ScheduledEvent, 'time'>) => {
  const at = new Date(event.time);
  const result = await sendCalendarReminders(Number.isNaN(at.getTime()) ? new Date() : at);
  logger.info('calendar reminders', result);
  return result;
});
