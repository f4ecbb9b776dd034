// The local table stream: a queued mail committed through the local DynamoDB endpoint wakes the
// function the template subscribes to the stream, through the template's own filter; other writes
// do not; a PutItem's answer is what the caller asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestStack, type TestStack } from './support/test-stack';

const DELIVER = 'functions/mail/deliver-queued.ts';
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ seedDemo: false });
});
afterAll(async () => {
  await stack?.stop();
});

const aMail = (id: string, to: string) => ({ id, kind: 'stream-test', to: [to] as [string], subject: `ทดสอบ ${id}`, text: 'ทดสอบ', html: '<p>ทดสอบ</p>' });
const inbox = async (to: string) => (await stack.mails()).filter((m) => m.destination.to.includes(to));
const settle = () => new Promise((r) => setTimeout(r, 500));

describe('the local table stream', () => {
  it('reads its subscription and filter from the synthesized template', async () => {
    const { QUEUED_MAIL_STREAM_FILTER } = await import('../../shared/data/outbox-repository');
    expect(stack.model.table.StreamViewType).toBe('NEW_IMAGE');
    expect(stack.model.streamSubscriptions.map((s) => ({ handler: s.handler, patterns: s.patterns.map((p) => JSON.parse(p) as unknown) }))).toEqual([
      { handler: DELIVER, patterns: [QUEUED_MAIL_STREAM_FILTER] },
    ]);
  });

  it('sends a mail queued in a transaction, through the stream', async () => {
    const { writeTogether } = await import('../../shared/data/transaction');
    const { queueMail, sendQueued } = await import('../../shared/mail/outbox');
    const { invocations } = await import('../../local/lambda-runtime');
    const before = invocations.get(DELIVER) ?? 0;
    await writeTogether([queueMail(aMail('stream-test#1', 'one@hospital.example'))]);
    const sent = await eventually(async () => (await inbox('one@hospital.example')).at(0));
    expect(sent.subject).toBe('ทดสอบ stream-test#1');
    expect(invocations.get(DELIVER)).toBe(before + 1);
    // sent and recorded: a second attempt sends nothing
    expect(await sendQueued('stream-test#1')).toBe('sent');
  });

  it('sends a mail queued by a single PutItem, and answers the put without the image it did not ask for', async () => {
    const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
    const { ddb } = await import('../../shared/aws/dynamodb');
    const { tableName } = await import('../../shared/data/table');
    const { queueMail } = await import('../../shared/mail/outbox');
    const write = queueMail(aMail('stream-test#2', 'two@hospital.example')) as { Put: { Item: Record<string, unknown>; ConditionExpression: string } };
    const answer = await ddb.send(new PutCommand({ TableName: tableName(), ...write.Put }));
    expect(answer.Attributes).toBeUndefined();
    await eventually(async () => (await inbox('two@hospital.example')).at(0));
    // asked for: the replaced item comes back, as from DynamoDB
    const again = await ddb.send(new PutCommand({ TableName: tableName(), Item: write.Put.Item, ReturnValues: 'ALL_OLD' }));
    expect(again.Attributes).toMatchObject({ id: 'stream-test#2', status: 'sent' });
  });

  it('does not wake the function for writes its filter keeps out', async () => {
    const { writeTogether } = await import('../../shared/data/transaction');
    const { queueMail } = await import('../../shared/mail/outbox');
    const { invocations } = await import('../../local/lambda-runtime');
    const before = invocations.get(DELIVER) ?? 0;
    // a mail its caller sends first (a complaint's receipt), and a mail sent at once (first attempt claimed as written)
    await writeTogether([queueMail(aMail('stream-test#3', 'three@hospital.example'), new Date(), { firstSend: 'caller' })]);
    const { sendMail } = await import('../../shared/mail/outbox');
    await sendMail(aMail('stream-test#4', 'four@hospital.example'));
    await settle();
    expect(invocations.get(DELIVER) ?? 0).toBe(before);
    expect(await inbox('three@hospital.example')).toEqual([]);
    expect(await inbox('four@hospital.example')).toHaveLength(1);
  });
});
