// The local table stream: records shaped as Lambda delivers them, and the template's filter patterns
// evaluated as Lambda does for the operators the local stack supports (others refused at start).
import { describe, expect, it } from 'vitest';
import { QUEUED_MAIL_STREAM_FILTER } from '../../../shared/data/outbox-repository';
import { compileFilter, streamRecord, type ItemChange } from '../../../local/dynamodb-stream';
import { loadEvent } from '../../support/events';

const ARN = 'arn:aws:dynamodb:ap-southeast-1:000000000000:table/sso-local/stream/local';
const queuedImage = () => structuredClone(loadEvent('dynamodb/queued-mail-insert').Records[0]!.dynamodb!.NewImage!) as Record<string, unknown>;
const change = (newImage: Record<string, unknown>, oldImage?: Record<string, unknown>): ItemChange => ({
  table: 'sso-local',
  keys: { pk: newImage.pk, sk: newImage.sk },
  oldImage,
  newImage,
});
const queuedMail = compileFilter(JSON.stringify(QUEUED_MAIL_STREAM_FILTER));

describe('streamRecord', () => {
  it('makes a new item an INSERT and a replaced one a MODIFY, with the images its view type keeps', () => {
    const inserted = streamRecord(change(queuedImage()), 'NEW_IMAGE', 'ap-southeast-1', ARN);
    expect(inserted).toMatchObject({ eventName: 'INSERT', eventSource: 'aws:dynamodb', eventSourceARN: ARN, dynamodb: { Keys: { pk: { S: 'MAIL#credential-ack#CR-EXAMPLE' }, sk: { S: 'MAIL' } }, StreamViewType: 'NEW_IMAGE' } });
    expect(inserted.dynamodb!.NewImage).toEqual(queuedImage());
    const modified = streamRecord(change(queuedImage(), queuedImage()), 'NEW_AND_OLD_IMAGES', 'ap-southeast-1', ARN);
    expect(modified.eventName).toBe('MODIFY');
    expect(modified.dynamodb!.OldImage).toEqual(queuedImage());
    expect(streamRecord(change(queuedImage(), queuedImage()), 'NEW_IMAGE', 'ap-southeast-1', ARN).dynamodb!.OldImage).toBeUndefined();
    expect(streamRecord(change(queuedImage()), 'KEYS_ONLY', 'ap-southeast-1', ARN).dynamodb!.NewImage).toBeUndefined();
  });

  it('numbers records in the order the writes were made', () => {
    const [a, b] = [streamRecord(change(queuedImage()), 'NEW_IMAGE', 'r', ARN), streamRecord(change(queuedImage()), 'NEW_IMAGE', 'r', ARN)];
    expect(BigInt(b!.dynamodb!.SequenceNumber!)).toBeGreaterThan(BigInt(a!.dynamodb!.SequenceNumber!));
  });
});

describe('the queued-mail filter, evaluated locally', () => {
  it('lets a newly queued mail through', () => {
    expect(queuedMail(streamRecord(change(queuedImage()), 'NEW_IMAGE', 'r', ARN))).toBe(true);
  });

  it.each([
    ['a replaced item (MODIFY)', (image: Record<string, unknown>) => change(image, image)],
    ['a mail whose first attempt is claimed', (image: Record<string, unknown>) => change({ ...image, attempts: { N: '1' } })],
    ['a sent mail', (image: Record<string, unknown>) => change({ ...image, status: { S: 'sent' } })],
    ['a mail its caller sends first (a complaint receipt)', (image: Record<string, unknown>) => change({ ...image, firstSend: { S: 'caller' } })],
    ['a mail written without firstSend (sent at once)', (image: Record<string, unknown>) => change(Object.fromEntries(Object.entries(image).filter(([k]) => k !== 'firstSend')))],
    ['another item', (image: Record<string, unknown>) => change({ ...image, pk: { S: 'CREDREQ#CR-EXAMPLE' } })],
  ])('keeps out %s', (_name, make) => {
    expect(queuedMail(streamRecord(make(queuedImage()), 'NEW_IMAGE', 'r', ARN))).toBe(false);
  });

  it('matches exact values of any JSON type, values inside arrays, and exists', () => {
    const f = compileFilter(JSON.stringify({ a: [1], b: [true], c: [null], d: ['x'], e: [{ exists: false }], g: [{ exists: true }] }));
    expect(f({ a: 1, b: true, c: null, d: ['y', 'x'], g: 0 })).toBe(true);
    expect(f({ a: '1', b: true, c: null, d: 'x', g: 0 })).toBe(false);
    expect(f({ a: 1, b: true, c: null, d: 'x', e: 'here', g: 0 })).toBe(false);
    expect(f({ a: 1, b: true, c: null, d: 'x' })).toBe(false);
  });

  it.each([
    [{ n: { N: [{ numeric: ['=', 0] }] } }],
    [{ s: [{ 'anything-but': ['x'] }] }],
    [{ s: [{ suffix: '.pdf' }] }],
    [{ $or: [{ a: ['1'] }, { b: ['2'] }] }],
    [{ s: 'not an array' }],
  ])('refuses an operator it does not evaluate: %j', (pattern) => {
    expect(() => compileFilter(JSON.stringify(pattern))).toThrow(/not supported|must be an array/);
  });
});
