// SES bounce and complaint events (configuration-set event publishing, through SNS) mark the address.
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler } from '../../../functions/mail/record-mail-event';
import { lambdaContext } from '../../../local/lambda-runtime';
import { loadEvent } from '../../support/events';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => {
  ddb.reset();
  ddb.on(UpdateCommand).resolves({});
});

describe('record-mail-event', () => {
  it('marks a permanently bounced address, keyed by its lower-case form', async () => {
    await expect(handler(loadEvent('sns/ses-bounce'), lambdaContext('record-mail-event'))).resolves.toEqual({ recorded: 1, ignored: 0 });
    const input = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(input.Key).toEqual({ pk: 'MAILSTATUS#requester.bounced@hospital.example', sk: 'MAILSTATUS' });
    expect(input.ExpressionAttributeValues).toMatchObject({ ':kind': 'bounce', ':bt': 'Permanent', ':bst': 'General', ':at': '2026-12-02T03:15:42.511Z' });
  });

  it('marks an address whose owner reported our mail as spam', async () => {
    await expect(handler(loadEvent('sns/ses-complaint'), lambdaContext('record-mail-event'))).resolves.toEqual({ recorded: 1, ignored: 0 });
    const input = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(input.Key).toEqual({ pk: 'MAILSTATUS#officer.complained@hospital.example', sk: 'MAILSTATUS' });
    expect(input.ExpressionAttributeValues).toMatchObject({ ':kind': 'complaint' });
  });

  it('ignores other event types (a delivery) and writes nothing', async () => {
    const event = loadEvent('sns/ses-bounce');
    event.Records[0]!.Sns.Message = JSON.stringify({ eventType: 'Delivery', delivery: { recipients: ['a@b.example'] }, mail: {} });
    await expect(handler(event, lambdaContext('record-mail-event'))).resolves.toEqual({ recorded: 0, ignored: 1 });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('keeps the latest status when an older event arrives late', async () => {
    ddb.on(UpdateCommand).rejects(Object.assign(new Error('condition'), { name: 'ConditionalCheckFailedException' }));
    await expect(handler(loadEvent('sns/ses-bounce'), lambdaContext('record-mail-event'))).resolves.toEqual({ recorded: 1, ignored: 0 });
  });
});
