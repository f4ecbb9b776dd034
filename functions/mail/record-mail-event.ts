// SNS ← the SES configuration set's event destination: a bounce or a complaint marks the address
// (shared/use-cases/record-mail-events.ts). Other event types are ignored.
import type { SNSEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import { logger } from '../../shared/logger';
import { jobHandler } from '../../shared/job-handler';
import { recordDeliveryProblem, type DeliveryProblem } from '../../shared/use-cases/record-mail-events';

const recipients = z.array(z.object({ emailAddress: z.string().check(z.minLength(3)) }));
// Configuration-set event publishing says `eventType`; identity notifications say `notificationType`.
const sesEvent = z.object({
  eventType: z.optional(z.string()),
  notificationType: z.optional(z.string()),
  bounce: z.optional(z.object({ bounceType: z.string(), bounceSubType: z.optional(z.string()), bouncedRecipients: recipients, timestamp: z.string() })),
  complaint: z.optional(z.object({ complainedRecipients: recipients, timestamp: z.string() })),
});

/** The delivery problem an SNS message reports, `unreadable` or `other` (type named) when none. */
function parseMessage(message: string): DeliveryProblem | { ignored: string } {
  const parsed = sesEvent.safeParse(JSON.parse(message));
  const type = parsed.success ? (parsed.data.eventType ?? parsed.data.notificationType) : undefined;
  if (!parsed.success || (type !== 'Bounce' && type !== 'Complaint')) return { ignored: type ?? 'unreadable' };
  const { bounce, complaint } = parsed.data;
  if (type === 'Bounce' && bounce) {
    return { type, bounceType: bounce.bounceType, bounceSubType: bounce.bounceSubType, timestamp: bounce.timestamp, recipients: bounce.bouncedRecipients.map((r) => r.emailAddress) };
  }
  if (type === 'Complaint' && complaint) return { type, timestamp: complaint.timestamp, recipients: complaint.complainedRecipients.map((r) => r.emailAddress) };
  return { ignored: type };
}

export const handler = jobHandler(async (event: SNSEvent): Promise<{ recorded: number; ignored: number }> => {
  const counts = { recorded: 0, ignored: 0 };
  for (const record of event.Records) {
    const problem = parseMessage(record.Sns.Message);
    if ('ignored' in problem) {
      counts.ignored++;
      logger.info('mail event ignored', { type: problem.ignored, snsMessageId: record.Sns.MessageId });
      continue;
    }
    counts.recorded += await recordDeliveryProblem(problem);
  }
  return counts;
});
