// The table's stream → queued mail: each new queued outbox item is sent once (claimed, sent,
// recorded) from the item the record holds, without reading it again; a record that fails is
// reported alone so Lambda retries from it.
import { SendEmailCommand, SESClient } from '@aws-sdk/client-ses';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler } from '../../../functions/mail/deliver-queued';
import { lambdaContext } from '../../../local/lambda-runtime';
import { loadEvent } from '../../support/events';

const ddb = mockClient(DynamoDBDocumentClient);
const ses = mockClient(SESClient);

/** The fixture with one record per mail id, in order. */
function eventFor(...ids: string[]) {
  const event = loadEvent('dynamodb/queued-mail-insert');
  const template = event.Records[0]!;
  event.Records = ids.map((id, i) => {
    const record = structuredClone(template);
    record.dynamodb!.NewImage!.pk = { S: `MAIL#${id}` };
    record.dynamodb!.NewImage!.id = { S: id };
    record.dynamodb!.SequenceNumber = String(100 + i);
    return record;
  });
  return event;
}

beforeEach(() => {
  ddb.reset();
  ses.reset();
  ddb.on(UpdateCommand).resolves({});
  ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
});

describe('deliver-queued', () => {
  it('sends the mail a stream record holds without reading it, claiming the first attempt of that very item and recording it sent', async () => {
    await expect(handler(loadEvent('dynamodb/queued-mail-insert'), lambdaContext('deliver-queued'))).resolves.toEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
    const sent = ses.commandCalls(SendEmailCommand);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.args[0].input.Destination).toEqual({ ToAddresses: ['requester@hospital.example'] });
    expect(sent[0]!.args[0].input.Message?.Subject?.Data).toBe('ได้รับคำขอ CR-EXAMPLE แล้ว');
    const updates = ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input);
    expect(updates[0]).toMatchObject({
      Key: { pk: 'MAIL#credential-ack#CR-EXAMPLE', sk: 'MAIL' },
      ConditionExpression: '#status = :pending AND attempts = :seen AND createdAt = :writtenAt',
      ExpressionAttributeValues: { ':next': 1, ':seen': 0, ':writtenAt': '2026-12-02T03:00:00.000Z' },
    });
    expect(updates[1]).toMatchObject({ ExpressionAttributeValues: { ':sent': 'sent' } });
  });

  it('sends nothing when the claim fails: already sent by a retry, claimed by another sender, taken back, or queued again since', async () => {
    ddb.on(UpdateCommand).rejects(new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }));
    await expect(handler(loadEvent('dynamodb/queued-mail-insert'), lambdaContext('deliver-queued'))).resolves.toEqual({ batchItemFailures: [] });
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(1);
  });

  it('sends nothing for a record of a mail that was not new and pending when written', async () => {
    const event = loadEvent('dynamodb/queued-mail-insert');
    event.Records[0]!.dynamodb!.NewImage!.attempts = { N: '1' };
    await expect(handler(event, lambdaContext('deliver-queued'))).resolves.toEqual({ batchItemFailures: [] });
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('reports the first record that fails, after sending the ones before it', async () => {
    ddb.on(UpdateCommand, { Key: { pk: 'MAIL#second', sk: 'MAIL' } }).rejects(Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' }));
    const result = await handler(eventFor('first', 'second', 'third'), lambdaContext('deliver-queued'));
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: '101' }] });
    // Lambda retries from the failed record on, so the third waits for that retry
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });

  it('skips a record whose item is not a mail (nothing to send, nothing to retry)', async () => {
    const event = loadEvent('dynamodb/queued-mail-insert');
    event.Records[0]!.dynamodb!.NewImage!.pk = { S: 'CREDREQ#CR-EXAMPLE' };
    await expect(handler(event, lambdaContext('deliver-queued'))).resolves.toEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
  });
});
