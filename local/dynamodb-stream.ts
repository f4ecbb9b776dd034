// The table's stream, locally: the DynamoDB front (local/dynamodb-transactions.ts) reports each item
// a PutItem or a transaction's Put wrote, and this module turns it into a stream record shaped as
// Lambda delivers it, runs the FilterCriteria the template's event source mappings declare, and
// invokes the handlers whose filter lets it through. Only puts are streamed, as INSERT or MODIFY:
// the one subscription (queued mail) asks for INSERTs, so updates and deletes, which nothing
// subscribes to, are not (docs/data-model.md).
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { invokeHandler } from './lambda-runtime';

type AttributeMap = Record<string, unknown>;

/** One item a write put: its key, what was there before (undefined: nothing) and what is there now. */
export interface ItemChange {
  table: string;
  keys: AttributeMap;
  oldImage: AttributeMap | undefined;
  newImage: AttributeMap;
}

/** The front reports puts here; the stream's deliverer listens. */
export class TableChanges extends EventEmitter<{ change: [ItemChange] }> {}

export type StreamViewType = 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';

/** An event source mapping on the table's stream, as the template declares it. */
export interface StreamSubscription {
  logicalId: string;
  handler: string;
  /** The FilterCriteria patterns (JSON), any of which lets a record through; none: every record. */
  patterns: string[];
}

let sequence = 0;

/** The stream record of a change, as Lambda hands it to a function (DynamoDB JSON images). */
export function streamRecord(change: ItemChange, viewType: StreamViewType, region: string, streamArn: string): DynamoDBRecord {
  const withNew = viewType === 'NEW_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES';
  const withOld = (viewType === 'OLD_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES') && change.oldImage;
  sequence += 1;
  return {
    eventID: randomUUID().replaceAll('-', ''),
    eventName: change.oldImage ? 'MODIFY' : 'INSERT',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: streamArn,
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
      Keys: change.keys as never,
      ...(withNew ? { NewImage: change.newImage as never } : {}),
      ...(withOld ? { OldImage: change.oldImage as never } : {}),
      SequenceNumber: String(sequence).padStart(21, '0'),
      SizeBytes: JSON.stringify(change.newImage).length,
      StreamViewType: viewType,
    },
  };
}

type Matcher = (value: unknown, present: boolean) => boolean;

/**
 * A Lambda event filter pattern as a predicate over a record. The operators the local stack
 * understands: exact values (strings, numbers, booleans, null), `prefix` and `exists`; any other
 * (`anything-but`, `numeric`, `suffix`, `$or`, …) is refused here, when the stack starts, rather
 * than matching differently from Lambda.
 */
export function compileFilter(pattern: string): (record: unknown) => boolean {
  const compileObject = (node: Record<string, unknown>, path: string): ((value: unknown) => boolean) => {
    const fields = Object.entries(node).map(([name, rule]) => {
      if (name.startsWith('$')) throw new Error(`Filter operator ${name} at ${path} is not supported by the local stream`);
      const at = `${path}.${name}`;
      if (Array.isArray(rule)) {
        const matchers = rule.map((r) => compileRule(r, at));
        return (parent: Record<string, unknown>) => {
          const present = Object.hasOwn(parent, name);
          return matchers.some((m) => m(parent[name], present));
        };
      }
      if (rule && typeof rule === 'object') {
        const inner = compileObject(rule as Record<string, unknown>, at);
        return (parent: Record<string, unknown>) => inner(parent[name]);
      }
      throw new Error(`Filter rule at ${at} must be an array or an object`);
    });
    return (value) => !!value && typeof value === 'object' && !Array.isArray(value) && fields.every((f) => f(value as Record<string, unknown>));
  };
  const compileRule = (rule: unknown, path: string): Matcher => {
    if (rule === null || ['string', 'number', 'boolean'].includes(typeof rule)) {
      return (value, present) => present && (Array.isArray(value) ? value.includes(rule) : value === rule);
    }
    const entries = Object.entries(rule as Record<string, unknown>);
    const [operator, operand] = entries[0] ?? [];
    if (entries.length === 1 && operator === 'prefix' && typeof operand === 'string') {
      return (value, present) => present && typeof value === 'string' && value.startsWith(operand);
    }
    if (entries.length === 1 && operator === 'exists' && typeof operand === 'boolean') {
      return (_value, present) => present === operand;
    }
    throw new Error(`Filter rule ${JSON.stringify(rule)} at ${path} is not supported by the local stream`);
  };
  return compileObject(JSON.parse(pattern) as Record<string, unknown>, '$');
}

/**
 * Hands each change to the subscribed handlers whose filter lets its record through, one record
 * per invocation, after the write has been answered (as Lambda polls a stream: the writer never
 * waits for it). A record a handler reports failed is logged: there is no local retry; the retry
 * job's schedule is the net, as on AWS.
 */
export function deliverStreamRecords(
  changes: TableChanges,
  stream: { tableName: string; viewType: StreamViewType; region: string; streamArn: string; subscriptions: StreamSubscription[] },
  log: (line: string) => void,
): void {
  const subscriptions = stream.subscriptions.map((s) => ({ ...s, filters: s.patterns.map(compileFilter) }));
  changes.on('change', (change) => {
    if (change.table !== stream.tableName) return;
    const record = streamRecord(change, stream.viewType, stream.region, stream.streamArn);
    for (const s of subscriptions) {
      if (s.filters.length > 0 && !s.filters.some((f) => f(record))) continue;
      const event: DynamoDBStreamEvent = { Records: [record] };
      setImmediate(() => {
        invokeHandler(s.handler, event)
          .then((result) => {
            const failed = (result as { batchItemFailures?: unknown[] } | undefined)?.batchItemFailures ?? [];
            if (failed.length > 0) log(`stream handler ${s.handler} reported ${failed.length} failed record(s)`);
          })
          .catch((error: Error) => log(`stream handler ${s.handler} failed: ${error.message}`));
      });
    }
  });
}
