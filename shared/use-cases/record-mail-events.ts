// SES told us an address bounced or its owner marked our mail as spam: each recipient's address is
// marked, so staff see that a requester never got (or refused) our mail. Addresses are masked in logs.
import { recordMailEvent } from '../data/mail-status-repository';
import { maskEmail } from '../domain/contact';
import { logger } from '../logger';

export type DeliveryProblem =
  | { type: 'Bounce'; bounceType: string; bounceSubType?: string | undefined; timestamp: string; recipients: string[] }
  | { type: 'Complaint'; timestamp: string; recipients: string[] };

/** Marks every recipient of one SES event; answers how many addresses were marked. */
export async function recordDeliveryProblem(p: DeliveryProblem): Promise<number> {
  for (const address of p.recipients) {
    if (p.type === 'Bounce') {
      await recordMailEvent(address, { kind: 'bounce', at: p.timestamp, bounceType: p.bounceType, ...(p.bounceSubType ? { bounceSubType: p.bounceSubType } : {}) });
      logger.warn('mail bounced', { to: maskEmail(address), bounceType: p.bounceType });
    } else {
      await recordMailEvent(address, { kind: 'complaint', at: p.timestamp });
      logger.warn('mail marked as spam', { to: maskEmail(address) });
    }
  }
  return p.recipients.length;
}
