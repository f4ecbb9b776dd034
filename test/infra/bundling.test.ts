// What a function's bundle holds is decided at synth time (infra/constructs/bundling.ts): these
// tests bundle a real handler through SsoFunction (CDK running esbuild, as a deploy does) and read
// the asset, and keep the tracer stand-in in step with what the application imports.
import { App, Stack } from 'aws-cdk-lib';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xrayCallTracingOf } from '../../infra/constructs/bundling';
import * as tracerOff from '../../infra/constructs/lambda-tracer-off';
import { SsoFunction } from '../../infra/constructs/sso-function';

/** The synthesized bundle of one SsoFunction, with the given context. */
function bundleOf(context: Record<string, unknown>): string {
  const app = new App({ context });
  const stack = new Stack(app, 'Bundling');
  new SsoFunction(stack, 'Health', { entry: 'functions/system/health.ts', environment: {} });
  const assembly = app.synth();
  const asset = readdirSync(assembly.directory).find((name) => name.startsWith('asset.') && readdirSync(path.join(assembly.directory, name)).includes('index.mjs'));
  if (!asset) throw new Error('no bundled asset in the cloud assembly');
  return readFileSync(path.join(assembly.directory, asset, 'index.mjs'), 'utf8');
}

// the X-Ray SDK's own error for a segment-less context: in its bundle, nowhere else
const XRAY_SDK_MARK = 'Failed to get the current sub/segment from the context';

describe('function bundles', () => {
  it('leave the X-Ray SDK out by default, and carry it with -c xrayCallTracing=true', () => {
    const plain = bundleOf({});
    const traced = bundleOf({ xrayCallTracing: 'true' });
    expect(plain).not.toContain(XRAY_SDK_MARK);
    expect(traced).toContain(XRAY_SDK_MARK);
    expect(traced.length - plain.length).toBeGreaterThan(50_000);
  }, 120_000);

  it('read the context strictly', () => {
    expect(xrayCallTracingOf(undefined)).toBe(false);
    expect(xrayCallTracingOf('false')).toBe(false);
    expect(xrayCallTracingOf(true)).toBe(true);
    expect(xrayCallTracingOf('true')).toBe(true);
    expect(() => xrayCallTracingOf('yes')).toThrow(/true or false/);
  });
});

describe('the tracer stand-in', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

  it('exports every name the functions import from the Powertools tracer', () => {
    const imported = new Set<string>();
    for (const file of [...sources('shared'), ...sources('functions')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-lambda-powertools\/tracer(?:\/middleware)?'/g)) {
        for (const name of m[1]!.split(',').map((n) => n.replace(/^\s*type\s+/, '').trim()).filter(Boolean)) imported.add(name);
      }
    }
    expect([...imported].sort()).toEqual(['Tracer', 'captureLambdaHandler']);
    for (const name of imported) expect(tracerOff).toHaveProperty(name);
  });

  it('behaves as the tracer does with tracing off', () => {
    const client = { send: () => 'sent' };
    expect(new tracerOff.Tracer().captureAWSv3Client(client)).toBe(client);
    expect(Object.keys(tracerOff.captureLambdaHandler(new tracerOff.Tracer()))).toEqual(['before']);
  });
});
