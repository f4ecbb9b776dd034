// TransactWriteItems and TransactGetItems for the local DynamoDB, which dynalite lacks: a front
// server that passes every other request to dynalite unchanged, and runs a transaction as its
// single-item writes, each with its own condition, undoing the ones already applied when one is
// refused. Transactions on the same items run one after another (a lock per item); other requests
// are not held back, so a reader may glimpse a transaction half applied for a few milliseconds,
// which DynamoDB itself never shows. The application sends the same TransactWriteItems as on AWS.
// It also feeds the local table stream (local/dynamodb-stream.ts): each item a PutItem or a
// committed transaction's Put wrote is reported with what it replaced (updates and deletes are
// not: nothing subscribes to them).
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ItemChange } from './dynamodb-stream';

type AttributeMap = Record<string, unknown>;
interface Op {
  TableName: string;
  Key?: AttributeMap;
  Item?: AttributeMap;
  ConditionExpression?: string;
  UpdateExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: AttributeMap;
  ReturnValuesOnConditionCheckFailure?: string;
}
type TransactItem = { Put?: Op; Update?: Op; Delete?: Op; ConditionCheck?: Op };

const JSON_TYPE = 'application/x-amz-json-1.0';

/** One request to dynalite itself, with the caller's headers (dynalite checks their form). */
async function call(url: string, headers: IncomingMessage['headers'], action: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': JSON_TYPE, 'x-amz-target': `DynamoDB_20120810.${action}`, authorization: String(headers.authorization ?? ''), 'x-amz-date': String(headers['x-amz-date'] ?? '') },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** Answers a request handled here (not by dynalite) with the work's status and JSON, or a 500 in DynamoDB's form. */
function answerWith(res: ServerResponse, work: () => Promise<{ status: number; json: unknown }>): void {
  work().then(
    ({ status, json }) => {
      res.writeHead(status, { 'content-type': JSON_TYPE });
      res.end(JSON.stringify(json));
    },
    (error: Error) => {
      res.writeHead(500, { 'content-type': JSON_TYPE });
      res.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: error.message }));
    },
  );
}

const errorType = (json: Record<string, unknown>) => String(json.__type ?? '').split('#').pop() ?? '';

/** The item's key, from the table's key schema (read once per table). */
async function keyOf(url: string, headers: IncomingMessage['headers'], schemas: Map<string, string[]>, table: string, item: AttributeMap): Promise<AttributeMap> {
  let names = schemas.get(table);
  if (!names) {
    const { json } = await call(url, headers, 'DescribeTable', { TableName: table });
    names = ((json.Table as { KeySchema?: Array<{ AttributeName: string }> } | undefined)?.KeySchema ?? []).map((k) => k.AttributeName);
    schemas.set(table, names);
  }
  return Object.fromEntries(names.map((n) => [n, item[n]]));
}

type OnChange = (change: ItemChange) => void;

async function transactWrite(url: string, headers: IncomingMessage['headers'], schemas: Map<string, string[]>, body: { TransactItems?: TransactItem[] }, onChange?: OnChange): Promise<{ status: number; json: unknown }> {
  const items = body.TransactItems ?? [];
  const validation = (message: string) => ({ status: 400, json: { __type: 'com.amazon.coral.validate#ValidationException', message } });
  if (items.length === 0 || items.length > 100) return validation('TransactItems must have between 1 and 100 items');
  const targets: Array<{ action: string; op: Op; key: AttributeMap }> = [];
  const seen = new Set<string>();
  for (const t of items) {
    const [kind, op] = Object.entries(t)[0] as [keyof TransactItem, Op];
    const key = op.Key ?? (await keyOf(url, headers, schemas, op.TableName, op.Item ?? {}));
    const id = `${op.TableName} ${JSON.stringify(key)}`;
    if (seen.has(id)) return validation('Transaction request cannot include multiple operations on one item');
    seen.add(id);
    targets.push({ action: kind, op, key });
  }
  const applied: Array<{ table: string; key: AttributeMap; old: AttributeMap | undefined }> = [];
  const undo = async () => {
    for (const a of applied.reverse()) {
      if (a.old) await call(url, headers, 'PutItem', { TableName: a.table, Item: a.old });
      else await call(url, headers, 'DeleteItem', { TableName: a.table, Key: a.key });
    }
  };
  for (const [index, { action, op, key }] of targets.entries()) {
    // a put only if absent needs no read: undoing it is deleting it
    const absent = action === 'Put' && /^attribute_not_exists\(\w+\)$/.test(op.ConditionExpression?.trim() ?? '');
    const old = absent ? undefined : ((await call(url, headers, 'GetItem', { TableName: op.TableName, Key: key, ConsistentRead: true })).json.Item as AttributeMap | undefined);
    const { ReturnValuesOnConditionCheckFailure: _returnOld, ...request } = op;
    // a condition check is an update that changes nothing (and is undone like one)
    const result = await call(url, headers, action === 'Put' ? 'PutItem' : action === 'Delete' ? 'DeleteItem' : 'UpdateItem', action === 'ConditionCheck' ? { ...request, Key: key } : request);
    if (result.status !== 200) {
      await undo();
      if (errorType(result.json) !== 'ConditionalCheckFailedException') return { status: result.status, json: result.json };
      const reasons = targets.map((_, i) => (i === index ? { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', ...(op.ReturnValuesOnConditionCheckFailure === 'ALL_OLD' && old ? { Item: old } : {}) } : { Code: 'None' }));
      return {
        status: 400,
        json: { __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException', message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`, CancellationReasons: reasons },
      };
    }
    applied.push({ table: op.TableName, key, old });
  }
  // committed: the stream sees its puts (a put only if absent read nothing: it replaced nothing)
  for (const [index, { action, op, key }] of targets.entries()) {
    if (action === 'Put' && op.Item) onChange?.({ table: op.TableName, keys: key, oldImage: applied[index]?.old, newImage: op.Item });
  }
  return { status: 200, json: {} };
}

/**
 * A PutItem passed to dynalite asking for the item it replaced (ALL_OLD), so the stream can tell an
 * INSERT from a MODIFY; the caller gets that image only if it asked for it.
 */
async function putItem(url: string, headers: IncomingMessage['headers'], schemas: Map<string, string[]>, body: Op & { ReturnValues?: string }, onChange: OnChange): Promise<{ status: number; json: Record<string, unknown> }> {
  const { status, json } = await call(url, headers, 'PutItem', { ...body, ReturnValues: 'ALL_OLD' });
  if (status !== 200) return { status, json };
  const old = json.Attributes as AttributeMap | undefined;
  const answer = body.ReturnValues === 'ALL_OLD' ? json : Object.fromEntries(Object.entries(json).filter(([k]) => k !== 'Attributes'));
  onChange({ table: body.TableName, keys: await keyOf(url, headers, schemas, body.TableName, body.Item ?? {}), oldImage: old, newImage: body.Item ?? {} });
  return { status, json: answer };
}

async function transactGet(url: string, headers: IncomingMessage['headers'], body: { TransactItems?: Array<{ Get: Op & { ProjectionExpression?: string } }> }): Promise<{ status: number; json: unknown }> {
  const responses = [];
  for (const { Get } of body.TransactItems ?? []) {
    const { status, json } = await call(url, headers, 'GetItem', { ...Get, ConsistentRead: true });
    if (status !== 200) return { status, json };
    responses.push(json.Item ? { Item: json.Item } : {});
  }
  return { status: 200, json: { Responses: responses } };
}

/** One lock per item: transactions that touch the same items run one after another. */
function itemLocks() {
  const held = new Map<string, Promise<void>>();
  return async function withLocks<T>(ids: string[], work: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(ids)].sort();
    const releases: Array<() => void> = [];
    for (const id of sorted) {
      while (held.has(id)) await held.get(id);
      let release!: () => void;
      held.set(id, new Promise<void>((r) => (release = r)));
      releases.push(() => {
        held.delete(id);
        release();
      });
    }
    try {
      return await work();
    } finally {
      releases.forEach((r) => r());
    }
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * A server in front of dynalite (listening at `dynaliteUrl`) that adds the two transaction actions,
 * and reports every item put to `onChange` (the local table stream).
 */
export function transactionFront(dynalite: Server, dynaliteUrl: string, onChange?: OnChange): Server {
  const withLocks = itemLocks();
  const schemas = new Map<string, string[]>();
  return http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    const action = target.split('.').pop();
    if (action === 'TransactWriteItems' || action === 'TransactGetItems') {
      answerWith(res, async () => {
        const body = JSON.parse(await readBody(req)) as { TransactItems?: Array<Record<string, { TableName?: string; Key?: Record<string, unknown>; Item?: Record<string, unknown> }>> };
        // locked by table and partition key (enough to serialise transactions on the same items)
        const ids = (body.TransactItems ?? []).map((t) => {
          const op = Object.values(t)[0] ?? {};
          return `${op.TableName} ${JSON.stringify(op.Key?.pk ?? op.Item?.pk ?? '')}`;
        });
        return withLocks(ids, () => (action === 'TransactWriteItems' ? transactWrite(dynaliteUrl, req.headers, schemas, body as never, onChange) : transactGet(dynaliteUrl, req.headers, body as never)));
      });
      return;
    }
    if (action === 'PutItem' && onChange) {
      answerWith(res, async () => putItem(dynaliteUrl, req.headers, schemas, JSON.parse(await readBody(req)) as never, onChange));
      return;
    }
    dynalite.emit('request', req, res);
  });
}
