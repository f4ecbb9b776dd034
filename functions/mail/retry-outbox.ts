// Every 5 minutes: send the outbox mail whose next attempt is due; give up after the last attempt.
import { jobHandler } from '../../shared/job-handler';
import { logger } from '../../shared/logger';
import { retryDueMail } from '../../shared/mail/outbox';

export const handler = jobHandler(async () => {
  const result = await retryDueMail();
  if (result.examined > 0) logger.info('outbox retried', result);
  return result;
});
