// Every 5 minutes: send the outbox mail whose next attempt is due; give up after the last attempt.
import { logger } from '../../shared/logger';
import { retryDueMail } from '../../shared/mail/outbox';

export async function handler(): Promise<{ examined: number; sent: number; dead: number }> {
  const result = await retryDueMail();
  if (result.examined > 0) logger.info('outbox retried', result);
  return result;
}
