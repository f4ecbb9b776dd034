// The table's stream → mail queued with a request's writes (shared/mail/outbox.ts queueMail) is sent
// here, off the request path, from the item the record holds (no read: the claim decides). The
// event source mapping lets through only new queued outbox items (QUEUED_MAIL_STREAM_FILTER); a
// record that fails is reported alone, so Lambda retries from it without sending the batch's
// earlier mail again (sending is idempotent either way). A mail this function never sends is the
// retry job's from its first backoff on.
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { mailOfImage } from '../../shared/data/outbox-repository';
import { jobHandler } from '../../shared/job-handler';
import { logger } from '../../shared/logger';
import { sendQueuedAsWritten } from '../../shared/mail/outbox';

export const handler = jobHandler(async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const mail = mailOfImage(record.dynamodb?.NewImage);
    if (!mail) {
      // the filter lets none through; a record without a mail is nothing to retry
      logger.warn('stream record without a queued mail', { eventName: record.eventName });
      continue;
    }
    try {
      const status = await sendQueuedAsWritten(mail);
      logger.info('queued mail delivered', { mailId: mail.id, status });
    } catch (error) {
      logger.warn('queued mail not delivered', { mailId: mail.id, error: (error as Error).name });
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
      // Lambda retries from the first failure on: the records after it come again anyway
      break;
    }
  }
  return { batchItemFailures };
});
