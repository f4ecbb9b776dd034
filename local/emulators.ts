// The AWS emulators on 127.0.0.1: DynamoDB (dynalite, with transactions in front), S3 (s3rver, with
// SHA-256 checksums in front), SES (aws-ses-v2-local), and
// the Step Functions endpoint. Each can keep its data under one folder.
import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import * as sesModule from 'aws-ses-v2-local';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { CloudModel } from './cloud-template';
import { TableChanges } from './dynamodb-stream';
import { transactionFront } from './dynamodb-transactions';
import { checksumFront } from './s3-checksums';

export interface EmulatorPorts {
  dynamodb?: number;
  s3?: number;
  ses?: number;
}

export interface RunningEmulators {
  dynamodbUrl: string;
  s3Url: string;
  sesUrl: string;
  s3rver: S3rver;
  /** Every item put through the DynamoDB endpoint, for the local table stream (local/dynamodb-stream.ts). */
  tableChanges: TableChanges;
  stop(): Promise<void>;
}

const listen = (server: Server, port: number) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections?.();
  });

/** The CORS rule of the local uploads bucket: the site PUTs presigned uploads from the browser. */
const CORS_XML = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;

export async function startEmulators(dataDir: string | undefined, bucket: string, ports: EmulatorPorts = {}): Promise<RunningEmulators> {
  // DynamoDB: in memory, or persisted (LevelDB) under the data folder
  if (dataDir) mkdirSync(path.join(dataDir, 'dynamodb'), { recursive: true });
  const dynamo = dynalite(dataDir ? { path: path.join(dataDir, 'dynamodb'), createTableMs: 0 } : { createTableMs: 0 }) as unknown as Server;
  const innerPort = await listen(dynamo, 0);
  // in front of it, the transactions dynalite lacks (local/dynamodb-transactions.ts), and the puts the table's stream sees
  const tableChanges = new TableChanges();
  const dynamoFront = transactionFront(dynamo, `http://127.0.0.1:${innerPort}`, (change) => tableChanges.emit('change', change));
  const dynamoPort = await listen(dynamoFront, ports.dynamodb ?? 0);

  // S3
  const s3Dir = dataDir ? path.join(dataDir, 's3') : path.join((await import('node:os')).tmpdir(), `s3rver-${process.pid}-${Date.now()}`);
  mkdirSync(s3Dir, { recursive: true });
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: s3Dir,
    resetOnClose: !dataDir,
    allowMismatchedSignatures: true,
    configureBuckets: [{ name: bucket, configs: [CORS_XML] }],
  });
  const { port: s3rverPort } = (await s3rver.run()) as AddressInfo;
  // in front of it, the object checksums s3rver lacks (local/s3-checksums.ts)
  const s3Front = checksumFront(`http://127.0.0.1:${s3rverPort}`);
  const s3Port = await listen(s3Front, ports.s3 ?? 0);

  // SES, with its inbox page; its default host is every interface, so bind it to loopback
  // a CommonJS module with an `exports.default`: unwrap it whichever way it was loaded
  const sesServer = (sesModule as unknown as { default: { default?: typeof sesModule.default } & typeof sesModule.default }).default;
  const ses = (await (sesServer.default ?? sesServer)({ host: '127.0.0.1', port: ports.ses ?? 0 })) as Server;
  const sesPort = (ses.address() as AddressInfo).port;

  return {
    dynamodbUrl: `http://127.0.0.1:${dynamoPort}`,
    s3Url: `http://127.0.0.1:${s3Port}`,
    sesUrl: `http://127.0.0.1:${sesPort}`,
    s3rver,
    tableChanges,
    async stop() {
      await Promise.all([close(dynamoFront), close(dynamo), close(s3Front), new Promise<void>((r) => s3rver.close(() => r())), close(ses)]);
    },
  };
}

/** Creates the table from the synthesized template's definition (the one CloudFormation would create). */
export async function ensureTable(dynamodbUrl: string, tableName: string, table: CloudModel['table']): Promise<void> {
  const client = new DynamoDBClient({ endpoint: dynamodbUrl });
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        KeySchema: table.KeySchema as never,
        AttributeDefinitions: table.AttributeDefinitions as never,
        GlobalSecondaryIndexes: (table.GlobalSecondaryIndexes as Array<Record<string, unknown>>).map((gsi) => ({
          ...gsi,
          ProvisionedThroughput: undefined,
        })) as never,
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  } finally {
    client.destroy();
  }
}


