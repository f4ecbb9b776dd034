// A local endpoint that speaks the part of the Secrets Manager API (AWS JSON 1.1) the system uses:
// GetSecretValue, PutSecretValue and CreateSecret. Secrets are kept in a file under the local data
// folder (or in memory for tests), like the secret the CDK stack creates on AWS.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface StoredSecret {
  name: string;
  arn: string;
  secretString: string;
  versionId: string;
  createdDate: number;
}

export class SecretsManagerServer {
  private readonly secrets = new Map<string, StoredSecret>();
  private server?: http.Server;
  url = '';

  constructor(private readonly options: { stateFile?: string; port?: number; region: string; account: string }) {
    if (options.stateFile && existsSync(options.stateFile)) {
      for (const s of JSON.parse(readFileSync(options.stateFile, 'utf8')) as StoredSecret[]) this.secrets.set(s.name, s);
    }
  }

  /** Creates a secret unless it exists (as the stack's deploy does), returning its ARN. */
  ensureSecret(name: string, initialValue: () => string): string {
    const existing = this.secrets.get(name);
    if (existing) return existing.arn;
    return this.put(name, initialValue()).arn;
  }

  /** The current value of a secret (the local stack plays CloudFront with the origin header). */
  valueOf(name: string): string | undefined {
    return this.secrets.get(name)?.secretString;
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(this.options.port ?? 0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server.closeAllConnections();
  }

  private find(secretId: string): StoredSecret | undefined {
    return this.secrets.get(secretId) ?? [...this.secrets.values()].find((s) => s.arn === secretId);
  }

  private put(name: string, secretString: string): StoredSecret {
    const previous = this.secrets.get(name);
    const secret: StoredSecret = {
      name,
      arn: previous?.arn ?? `arn:aws:secretsmanager:${this.options.region}:${this.options.account}:secret:${name}-${randomUUID().slice(0, 6)}`,
      secretString,
      versionId: randomUUID(),
      createdDate: Date.now() / 1000,
    };
    this.secrets.set(name, secret);
    if (this.options.stateFile) writeFileSync(this.options.stateFile, JSON.stringify([...this.secrets.values()]), { mode: 0o600 });
    return secret;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { SecretId?: string; Name?: string; SecretString?: string };
    const target = String(req.headers['x-amz-target'] ?? '').replace('secretsmanager.', '');
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify(body));
    };
    const notFound = () => reply(400, { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." });
    if (target === 'GetSecretValue') {
      const secret = this.find(input.SecretId ?? '');
      if (!secret) return notFound();
      return reply(200, { ARN: secret.arn, Name: secret.name, SecretString: secret.secretString, VersionId: secret.versionId, VersionStages: ['AWSCURRENT'], CreatedDate: secret.createdDate });
    }
    if (target === 'PutSecretValue') {
      const secret = this.find(input.SecretId ?? '');
      if (!secret) return notFound();
      const next = this.put(secret.name, input.SecretString ?? '');
      return reply(200, { ARN: next.arn, Name: next.name, VersionId: next.versionId, VersionStages: ['AWSCURRENT'] });
    }
    if (target === 'CreateSecret') {
      if (!input.Name || this.secrets.has(input.Name)) return reply(400, { __type: 'ResourceExistsException', message: 'The secret already exists.' });
      const created = this.put(input.Name, input.SecretString ?? '');
      return reply(200, { ARN: created.arn, Name: created.name, VersionId: created.versionId });
    }
    return reply(400, { __type: 'UnknownOperationException', message: `${target} is not supported locally` });
  }
}
