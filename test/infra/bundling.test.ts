// What a function's bundle holds is decided at synth time (infra/constructs/bundling.ts): these
// tests bundle a real handler through SsoFunction (CDK running esbuild, as a deploy does) and read
// the asset, and keep the tracer stand-in in step with what the application imports.
import { App, Stack } from 'aws-cdk-lib';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BANNER, BUNDLE_TARGET, bundleAliases, xrayCallTracingOf } from '../../infra/constructs/bundling';
import * as tracerOff from '../../infra/constructs/lambda-tracer-off';
import { SsoFunction } from '../../infra/constructs/sso-function';
import { readPdf } from '../support/pdf';

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

  it("leave out fontkit's JavaScript Brotli decoder (WOFF2 only), and still draw the Thai PDFs, the report's renderer imported on demand", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sso-pdf-bundle-'));
    try {
      const outfile = path.join(dir, 'receipt.mjs');
      // the receipt renderer, bundled with a deployment's options, draws a receipt in a fresh Node
      const entry = [
        "import { renderAwardReceipt } from './shared/pdf/award-receipt';",
        "const pdf = await renderAwardReceipt({ submissionId: 'AW-2570-1000001', yearBE: 2570, hospital: { code: '1000001', hcode: '10001', nameTh: 'โรงพยาบาลศรีสุดาเวชการ', provinceNameTh: 'กรุงเทพมหานคร' }, channel: 'online', status: 'received', receivedAt: '2027-07-10T16:59:30.000Z', deadline: '2027-07-10', files: [{ nameTh: 'ใบสมัคร', size: 482113, sha256: 'f'.repeat(64) }] });",
        // the complaint report's renderer, imported on demand as shared/documents/complaint-report.ts does
        "const { renderComplaintReport } = await import('./shared/pdf/complaint-report');",
        "const row = { key: '1000001', total: 1, open: 1, closed: 0, byTopic: { 'waiting-time': 1 }, byOutcome: {}, slaBreaches: 0, casesWithBreach: 0 };",
        "const report = await renderComplaintReport({ periodTh: 'เดือนพฤศจิกายน 2569', report: { hospitals: [row], offices: [{ ...row, key: 'BKK-01' }], total: { ...row, key: 'total' } }, names: { hospitals: { '1000001': 'โรงพยาบาลศรีสุดาเวชการ' }, offices: { 'BKK-01': 'สำนักงานประกันสังคมกรุงเทพมหานครพื้นที่ 1' }, topics: { 'waiting-time': 'รอนาน' }, outcomes: {} } });",
        "process.stdout.write(pdf.toString('base64') + '\\n' + report.toString('base64'));",
      ].join('\n');
      const result = await build({
        stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
        outfile, bundle: true, platform: 'node', format: 'esm', target: BUNDLE_TARGET, minify: true, mainFields: ['module', 'main'],
        banner: { js: BUNDLE_BANNER }, alias: bundleAliases({ xrayCallTracing: false }), metafile: true, logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.some((input) => input.includes('node_modules/brotli/'))).toBe(false);
      expect(inputs).toContain('infra/constructs/no-woff2-decompressor.ts');
      const [receipt, report] = execFileSync(process.execPath, [outfile], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).split('\n').map((b64) => Buffer.from(b64, 'base64'));
      const squash = (text: string) => text.replace(/\s+/g, '');
      expect(squash((await readPdf(receipt!)).text)).toContain(squash('ใบรับใบสมัครรางวัลสถานพยาบาลในดวงใจ'));
      expect(squash((await readPdf(report!)).text)).toContain(squash('รายงานเรื่องร้องเรียนสถานพยาบาล'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('say why, should a WOFF2 font ever reach the decoder they leave out', async () => {
    const { default: decompress } = await import('../../infra/constructs/no-woff2-decompressor');
    expect(() => decompress()).toThrow(/WOFF2 fonts are not bundled/);
  });

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
