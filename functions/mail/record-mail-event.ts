// SNS ← the SES configuration set's event destination: a bounce or a complaint marks the address,
// so staff see that a requester never got (or refused) our mail. Other event types are ignored.
import type { SNSEvent } from 'aws-lambda';
import * as z from 'zod';
import { recordMailEvent } from '../../shared/data/mail-status-repository';
import { maskEmail } from '../../shared/domain/contact';
import { logger } from '../../shared/logger';
import { jobHandler } from '../../shared/job-handler';

const recipients = z.array(z.object({ emailAddress: z.string().min(3) }));
// Configuration-set event publishing says `eventType`; identity notifications say `notificationType`.
const sesEvent = z.object({
  eventType: z.string().optional(),
  notificationType: z.string().optional(),
  bounce: z.object({ bounceType: z.string(), bounceSubType: z.string().optional(), bouncedRecipients: recipients, timestamp: z.string() }).optional(),
  complaint: z.object({ complainedRecipients: recipients, timestamp: z.string() }).optional(),
});

export const handler = jobHandler(async (event: SNSEvent): Promise<{ recorded: number; ignored: number }> => {
  const counts = { recorded: 0, ignored: 0 };
  for (const record of event.Records) {
    const parsed = sesEvent.safeParse(JSON.parse(record.Sns.Message));
    const type = parsed.success ? (parsed.data.eventType ?? parsed.data.notificationType) : undefined;
    if (!parsed.success || (type !== 'Bounce' && type !== 'Complaint')) {
      counts.ignored++;
      logger.info('mail event ignored', { type: type ?? 'unreadable', snsMessageId: record.Sns.MessageId });
      continue;
    }
    const { bounce, complaint } = parsed.data;
    if (type === 'Bounce' && bounce) {
      for (const r of bounce.bouncedRecipients) {
        await recordMailEvent(r.emailAddress, { kind: 'bounce', at: bounce.timestamp, bounceType: bounce.bounceType, ...(bounce.bounceSubType ? { bounceSubType: bounce.bounceSubType } : {}) });
        counts.recorded++;
        logger.warn('mail bounced', { to: maskEmail(r.emailAddress), bounceType: bounce.bounceType });
      }
    } else if (type === 'Complaint' && complaint) {
      for (const r of complaint.complainedRecipients) {
        await recordMailEvent(r.emailAddress, { kind: 'complaint', at: complaint.timestamp });
        counts.recorded++;
        logger.warn('mail marked as spam', { to: maskEmail(r.emailAddress) });
      }
    } else counts.ignored++;
  }
  return counts;
});
