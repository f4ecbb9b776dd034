// Cold start: each handler bundled as CDK does (esbuild ESM, minified); median import time ÷ that of the
// SDK clients the handler uses, bundled alone (its floor), and bundle size over the floor's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Benchmark } from './support/benchmark';
import { ROOT } from './support/machine';
import { kb, median, ms, ratio, table } from './support/stats';
import { BUNDLE_BANNER, BUNDLE_TARGET, bundleAliases } from '../infra/constructs/bundling';

/** What a deployment bundles by default: no X-Ray SDK (`-c xrayCallTracing=true` puts it back). */
const DEPLOYED_ALIASES = bundleAliases({ xrayCallTracing: false });

/** What each SDK package in a bundle stands for in its floor: the client as our shared/aws/ module builds it. */
const SDK_FLOOR_PARTS: Record<string, string> = {
  '@aws-sdk/client-dynamodb': "import { DynamoDBClient } from '@aws-sdk/client-dynamodb'; import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'; globalThis.ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));",
  '@aws-sdk/client-s3': "import { S3Client } from '@aws-sdk/client-s3'; globalThis.s3 = new S3Client({});",
  '@aws-sdk/s3-request-presigner': "import { getSignedUrl } from '@aws-sdk/s3-request-presigner'; globalThis.presign = getSignedUrl;",
  '@aws-sdk/client-ses': "import { SESClient } from '@aws-sdk/client-ses'; globalThis.ses = new SESClient({});",
  '@aws-sdk/client-sfn': "import { SFNClient } from '@aws-sdk/client-sfn'; globalThis.sfn = new SFNClient({});",
  '@aws-sdk/client-secrets-manager': "import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'; globalThis.secrets = new SecretsManagerClient({});",
};
/**
 * The libraries the design card and the issue ask every API handler to be built from, used as
 * shared/http/http-handler.ts uses them: middy with its header and JSON body middlewares, the
 * Powertools logger and metrics with their middlewares, jose to verify a token, zod/mini to parse.
 * Bundled with a handler's SDK clients, this is its stack floor: what is left above it is our code.
 */
const STACK_PARTS = [
  "import middy from '@middy/core'; import httpHeaderNormalizer from '@middy/http-header-normalizer'; import httpJsonBodyParser from '@middy/http-json-body-parser';",
  "import { Logger } from '@aws-lambda-powertools/logger'; import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';",
  "import { Metrics } from '@aws-lambda-powertools/metrics'; import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';",
  "import { jwtVerify } from 'jose'; import * as z from 'zod/mini';",
  'const logger = new Logger(); const metrics = new Metrics();',
  'globalThis.stack = middy().use(injectLambdaContext(logger)).use(logMetrics(metrics)).use(httpHeaderNormalizer()).use(httpJsonBodyParser());',
  'globalThis.parse = (v) => z.safeParse(z.object({ a: z.string() }), v); globalThis.verify = jwtVerify;',
].join('\n');
const sdkPartsOf = (b: Bundle) => b.inputs.map(([name]) => name).filter((name) => name in SDK_FLOOR_PARTS).sort();
const floorId = (parts: string[]) => `floor ${parts.length ? parts.map((p) => p.replace('@aws-sdk/', '')).join(' + ') : '(no SDK client)'}`;
const stackFloorId = (parts: string[]) => `stack ${floorId(parts)}`;

const RUNS = 9;
/** A handler's import ÷ its floor's (the SDK clients it uses, alone), and its bytes over the floor's. */
const TARGET_RATIO = 1.15;
const TARGET_EXTRA_BYTES = 80 * 1024;

interface Bundle {
  id: string;
  handler: string;
  file: string;
  bytes: number;
  /** bytes in the output by package (or "own code"), largest first */
  inputs: Array<[string, number]>;
  importMs?: number;
  /** Resident memory once the module is loaded (median, MB): the floor of the function's memory size. */
  rssMb?: number;
  error?: string;
}

/** The package a metafile input belongs to, or "own code". */
function owner(input: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return m ? m[1]! : input.startsWith('shared/') || input.startsWith('functions/') || input.startsWith('infra/') ? `own code (${input.split('/')[0]}/)` : input;
}

/** Building blocks bundled alone the same way: what a handler cannot import faster than. */
const PROBES: Record<string, string> = {
  'empty module': 'globalThis.probe = 1;',
  "zod (`import * as z from 'zod'`, what the code does)": "import * as z from 'zod'; globalThis.probe = z.object({ a: z.string() });",
  "zod (`import { z } from 'zod'`, forbidden by lint)": "import { z } from 'zod'; globalThis.probe = z.object({ a: z.string() });",
  "zod/mini (`import * as z from 'zod/mini'`)": "import * as z from 'zod/mini'; globalThis.probe = z.object;",
  'DynamoDB document client, with the full default credential chain (no alias)': "import { DynamoDBClient } from '@aws-sdk/client-dynamodb'; import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'; globalThis.probe = DynamoDBDocumentClient.from(new DynamoDBClient({}));",
  'DynamoDB document client': "import { DynamoDBClient } from '@aws-sdk/client-dynamodb'; import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'; globalThis.probe = DynamoDBDocumentClient.from(new DynamoDBClient({}));",
  'S3 client': "import { S3Client } from '@aws-sdk/client-s3'; globalThis.probe = new S3Client({});",
  'SES client': "import { SESClient } from '@aws-sdk/client-ses'; globalThis.probe = new SESClient({});",
  'Powertools logger': "import { Logger } from '@aws-lambda-powertools/logger'; globalThis.probe = new Logger();",
  jose: "import { jwtVerify } from 'jose'; globalThis.probe = jwtVerify;",
  'Powertools tracer (with the X-Ray SDK)': "import { Tracer } from '@aws-lambda-powertools/tracer'; globalThis.probe = new Tracer();",
  'Powertools metrics': "import { Metrics } from '@aws-lambda-powertools/metrics'; globalThis.probe = new Metrics();",
};

/** Handlers also built with `@aws-sdk/*` left to the runtime (CDK's default), to weigh that choice in the same rounds. */
const SDK_EXTERNAL_VARIANTS = ['complaints.file', 'awards.submit'];
/** Handlers also built as `-c xrayCallTracing=true` deploys them (the Powertools tracer with the X-Ray SDK). */
const CALL_TRACING = 'with X-Ray call tracing';
const CALL_TRACING_VARIANTS = ['complaints.file', 'complaints.track'];

async function bundleAll(outDir: string): Promise<{ bundles: Bundle[]; probes: Bundle[]; variants: Bundle[]; floors: Bundle[]; stackFloors: Bundle[] }> {
  const esbuild = await import('esbuild');
  const { routeList } = await import('../shared/http/routes');
  const { jobs } = await import('../infra/jobs');
  const handlers = new Map<string, string>();
  for (const r of routeList) handlers.set(r.handler, r.id);
  for (const j of Object.values(jobs)) handlers.set(j.handler, j.id);
  const build = async (id: string, handler: string, entry: { entryPoints: string[] } | { stdin: { contents: string; resolveDir: string } }, external: string[] = [], alias = DEPLOYED_ALIASES): Promise<Bundle> => {
    const file = path.join(outDir, `${id.replace(/[^\w.-]+/g, '_')}.mjs`);
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      ...entry,
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: BUNDLE_TARGET,
      minify: true,
      sourcemap: true,
      mainFields: ['module', 'main'],
      banner: { js: BUNDLE_BANNER },
      alias,
      external,
      metafile: true,
      logLevel: 'silent',
    });
    const output = Object.entries(result.metafile.outputs).find(([name]) => name.endsWith('.mjs'))![1];
    const byOwner = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) byOwner.set(owner(input), (byOwner.get(owner(input)) ?? 0) + bytesInOutput);
    return { id, handler, file, bytes: statSync(file).size, inputs: [...byOwner].sort((a, b) => b[1] - a[1]) };
  };
  const bundles: Bundle[] = [];
  for (const [handler, id] of handlers) bundles.push(await build(id, handler, { entryPoints: [path.join(ROOT, handler)] }));
  const probes: Bundle[] = [];
  for (const [id, contents] of Object.entries(PROBES)) probes.push(await build(`probe ${id}`, '', { stdin: { contents, resolveDir: ROOT } }, [], id.includes('(no alias)') ? {} : DEPLOYED_ALIASES));
  // each handler's floor: the SDK clients found in its bundle, bundled alone the same way; and its
  // stack floor: the same clients with the libraries every API handler is built from
  const floors = new Map<string, Bundle>();
  const stackFloors = new Map<string, Bundle>();
  for (const b of bundles) {
    const parts = sdkPartsOf(b);
    const clients = parts.map((p) => SDK_FLOOR_PARTS[p]);
    if (!floors.has(floorId(parts))) floors.set(floorId(parts), await build(floorId(parts), '', { stdin: { contents: clients.join('\n') || 'globalThis.probe = 1;', resolveDir: ROOT } }));
    if (!stackFloors.has(stackFloorId(parts))) stackFloors.set(stackFloorId(parts), await build(stackFloorId(parts), '', { stdin: { contents: [...clients, STACK_PARTS].join('\n'), resolveDir: ROOT } }));
  }
  const variants: Bundle[] = [];
  for (const [handler, id] of handlers) if (SDK_EXTERNAL_VARIANTS.includes(id)) variants.push(await build(`${id} (@aws-sdk/* external)`, handler, { entryPoints: [path.join(ROOT, handler)] }, ['@aws-sdk/*']));
  for (const [handler, id] of handlers) if (CALL_TRACING_VARIANTS.includes(id)) variants.push(await build(`${id} (${CALL_TRACING})`, handler, { entryPoints: [path.join(ROOT, handler)] }, [], bundleAliases({ xrayCallTracing: true })));
  return { bundles, probes, variants, floors: [...floors.values()], stackFloors: [...stackFloors.values()] };
}

/** Wall time of one `node` process (spawn to exit). */
function timeNode(args: string[], env: NodeJS.ProcessEnv): { ms: number; rssMb?: number; error?: string } {
  const start = performance.now();
  const res = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 30_000 });
  const elapsed = performance.now() - start;
  const rss = Number(/rss=(\d+)/.exec(res.stdout ?? '')?.[1]);
  return res.status === 0 ? { ms: elapsed, ...(rss ? { rssMb: rss / 2 ** 20 } : {}) } : { ms: elapsed, error: (res.stderr || `exit ${res.status}`).split('\n').find((l) => l.trim()) ?? `exit ${res.status}` };
}

export const coldStart: Benchmark = {
  name: 'cold-start',
  title: 'Cold start',
  async run(log) {
    // under node_modules/.cache so the SDK-external variants resolve @aws-sdk/* the way the runtime would
    const cacheDir = path.join(ROOT, 'node_modules', '.cache');
    mkdirSync(cacheDir, { recursive: true });
    const outDir = mkdtempSync(path.join(cacheDir, 'sso-bench-bundles-'));
    try {
      const { bundles, probes, variants, floors, stackFloors } = await bundleAll(outDir);
      log(`  ${bundles.length} handlers, ${floors.length} SDK floors, ${stackFloors.length} stack floors and ${probes.length} building blocks bundled`);
      // what a deployed function has at import time (no emulator is needed: nothing connects on import)
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        AWS_REGION: 'ap-southeast-1',
        AWS_ACCESS_KEY_ID: 'bench',
        AWS_SECRET_ACCESS_KEY: 'bench',
        TABLE_NAME: 'sso-local',
        UPLOADS_BUCKET: 'sso-local-uploads',
        MAIL_FROM: 'no-reply@sso-hospital-services.local',
        SITE_URL: 'http://127.0.0.1:3000',
        JWT_SECRET_ID: 'bench-signing-keys',
        COMPLAINT_SLA_STATE_MACHINE_ARN: 'arn:aws:states:ap-southeast-1:000000000000:stateMachine:bench',
        POWERTOOLS_LOG_LEVEL: 'ERROR',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      };
      const baseline: number[] = [];
      const measured = [...bundles, ...floors, ...stackFloors, ...probes, ...variants];
      const times = new Map<string, number[]>(measured.map((b) => [b.id, []]));
      const rss = new Map<string, number[]>(measured.map((b) => [b.id, []]));
      timeNode(['-e', '0'], env); // warm the file cache
      for (let round = 0; round < RUNS; round++) {
        baseline.push(timeNode(['-e', '0'], env).ms);
        for (const b of measured) {
          const t = timeNode(['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(b.file).href)}); process.stdout.write('rss=' + process.memoryUsage().rss)`], env);
          if (t.error) b.error = t.error;
          else times.get(b.id)!.push(t.ms);
          if (t.rssMb) rss.get(b.id)!.push(t.rssMb);
          baseline.push(timeNode(['-e', '0'], env).ms);
        }
        log(`  round ${round + 1}/${RUNS} done`);
      }
      const base = median(baseline);
      for (const b of measured) if (!b.error) b.importMs = median(times.get(b.id)!);
      for (const b of measured) if (rss.get(b.id)!.length) b.rssMb = median(rss.get(b.id)!);
      const floorOf = (b: Bundle) => floors.find((f) => f.id === floorId(sdkPartsOf(b)))!;
      const ok = bundles.filter((b) => b.importMs !== undefined && floorOf(b).importMs !== undefined);
      const vsFloor = (b: Bundle) => b.importMs! / floorOf(b).importMs!;
      const stackFloorOf = (b: Bundle) => stackFloors.find((f) => f.id === stackFloorId(sdkPartsOf(b)))!;
      const httpHandlers = ok.filter((b) => b.inputs.some(([name]) => name === '@middy/http-json-body-parser') && stackFloorOf(b).importMs !== undefined);
      const vsStack = (b: Bundle) => b.importMs! / stackFloorOf(b).importMs!;
      const stackOverSdk = stackFloors.filter((f) => f.importMs !== undefined).map((f) => ({ f, sdk: floors.find((g) => `stack ${g.id}` === f.id)! })).filter(({ sdk }) => sdk.importMs !== undefined);
      const extra = (b: Bundle) => b.bytes - floorOf(b).bytes;
      const worst = ok.reduce((a, b) => (vsFloor(b) > vsFloor(a) ? b : a), ok[0]!);
      const heaviest = bundles.reduce((a, b) => (extra(b) > extra(a) ? b : a));
      const overRatio = ok.filter((b) => vsFloor(b) > TARGET_RATIO);
      const overSize = bundles.filter((b) => extra(b) > TARGET_EXTRA_BYTES);
      const failed = [...bundles, ...floors].filter((b) => b.error);
      const isSdk = (name: string) => name.startsWith('@aws-sdk/') || name.startsWith('@smithy/') || name.startsWith('@aws-crypto/') || name === '@aws/lambda-invoke-store' || name === 'fast-xml-parser' || name === 'strnum' || name === 'tslib' || name === 'bowser' || name === 'uuid';
      /** What a bundle carries beyond the SDK: our code and the other packages, largest first. */
      const beyondSdk = (b: Bundle) => b.inputs.filter(([name]) => !isSdk(name));

      // where the bytes beyond the SDK go, over all bundles
      const totals = new Map<string, { bytes: number; bundles: number }>();
      for (const b of bundles) for (const [name, bytes] of beyondSdk(b)) {
        const t = totals.get(name) ?? { bytes: 0, bundles: 0 };
        totals.set(name, { bytes: t.bytes + bytes, bundles: t.bundles + 1 });
      }
      const topInputs = [...totals].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 14);
      const findings: string[] = [];
      if (overRatio.length) findings.push(`${overRatio.length} of ${ok.length} handlers import slower than ${TARGET_RATIO}× their SDK floor (worst: ${worst.id}, ${ms(worst.importMs!)} against ${ms(floorOf(worst).importMs!)} for ${floorOf(worst).id.replace(/^floor /, '')} alone = ${ratio(vsFloor(worst))}×).`);
      if (overSize.length) findings.push(`${overSize.length} of ${bundles.length} bundles carry more than ${kb(TARGET_EXTRA_BYTES)} over their floor (most: ${heaviest.id}, +${kb(extra(heaviest))}); beyond the SDK it carries ${beyondSdk(heaviest).slice(0, 6).map(([n, s]) => `${n} ${kb(s)}`).join(', ')}.`);
      if (stackOverSdk.length && httpHandlers.length) {
        const over = stackOverSdk.map(({ f, sdk }) => f.importMs! / sdk.importMs!);
        const overBytes = stackOverSdk.map(({ f, sdk }) => f.bytes - sdk.bytes);
        const worstOwn = httpHandlers.reduce((a, b) => (vsStack(b) > vsStack(a) ? b : a));
        findings.push(
          `The stack floor: the libraries every API handler is built from (middy with its header and JSON body middlewares, the Powertools logger and metrics with their middlewares, jose, zod/mini), bundled with a handler's SDK clients and nothing of ours, import in ${ratio(median(over))}× the SDK floor (median of ${over.length} floors, ${ratio(Math.min(...over))}–${ratio(Math.max(...over))}) and add ${kb(median(overBytes))}; ` +
            `so the ≤ ${TARGET_RATIO}× and ≤ +${kb(TARGET_EXTRA_BYTES)} targets leave ${ratio(Math.max(0, TARGET_RATIO - median(over)))}× and ${kb(Math.max(0, TARGET_EXTRA_BYTES - median(overBytes)))} for all of our own code. ` +
            `Over their stack floor, the ${httpHandlers.length} API handlers import in ${ratio(median(httpHandlers.map(vsStack)))}× (median; worst ${worstOwn.id} ${ratio(vsStack(worstOwn))}×, the PDF handlers with their fonts).`,
        );
      }
      findings.push(`Beyond the SDK, over all ${bundles.length} bundles: ${topInputs.slice(0, 8).map(([n, t]) => `${n} ${kb(t.bytes / t.bundles)} avg in ${t.bundles}`).join('; ')}.`);
      const probe = (name: string) => probes.find((p) => p.id.startsWith(`probe ${name}`));
      const probeText = (name: string) => {
        const p = probe(name);
        return p?.importMs === undefined ? 'n/a' : `${kb(p.bytes)}, ${ms(p.importMs)}`;
      };
      findings.push(
        `The credential chain: the DynamoDB document client bundled with the SDK's full default chain (SSO, INI, process, web identity, container, with their STS and SSO clients) is ${probeText('DynamoDB document client, with')}; with the chain resolved to the environment provider, what Lambda uses (infra/constructs/bundling.ts), ${probes.find((p) => p.id === 'probe DynamoDB document client')?.importMs === undefined ? 'n/a' : `${kb(probes.find((p) => p.id === 'probe DynamoDB document client')!.bytes)}, ${ms(probes.find((p) => p.id === 'probe DynamoDB document client')!.importMs!)}`}.`,
      );
      findings.push(`zod: ${probeText('zod (`import * as')} alone for \`import * as z from 'zod'\`, ${probeText('zod/mini')} for zod/mini; the Powertools logger ${probeText('Powertools')}, jose ${probeText('jose')}; an empty module ${probeText('empty')}.`);
      const pairs = variants.filter((v) => v.id.includes('external')).map((v) => ({ v, b: bundles.find((b) => v.id.startsWith(`${b.id} `))! })).filter(({ v, b }) => v.importMs !== undefined && b.importMs !== undefined);
      const traced = variants.filter((v) => v.id.includes(CALL_TRACING)).map((v) => ({ v, b: bundles.find((b) => v.id.startsWith(`${b.id} `))! })).filter(({ v, b }) => v.importMs !== undefined && b.importMs !== undefined);
      if (traced.length) findings.push(`X-Ray call tracing (\`-c xrayCallTracing=true\`: the Powertools tracer with the X-Ray SDK, per-call subsegments) costs ${traced.map(({ v, b }) => `${b.id} +${kb(v.bytes - b.bytes)} and +${ms(v.importMs! - b.importMs!)} (${ratio(v.importMs! / floorOf(b).importMs!)}× its floor instead of ${ratio(b.importMs! / floorOf(b).importMs!)}×)`).join('; ')}; it is off by default, Lambda's active tracing records each invocation without it (docs/decisions.md).`);
      if (pairs.length) findings.push(`Leaving \`@aws-sdk/*\` to the Lambda runtime (CDK's default) imports slower, because Node then loads the SDK's unminified files one by one: ${pairs.map(({ v, b }) => `${b.id} ${kb(v.bytes)} in ${ms(v.importMs!)} external vs ${kb(b.bytes)} in ${ms(b.importMs!)} bundled`).join('; ')}. The SDK stays bundled (docs/decisions.md).`);
      const rssOf = ok.filter((b) => b.rssMb !== undefined);
      if (rssOf.length) {
        const most = rssOf.reduce((a, b) => (b.rssMb! > a.rssMb! ? b : a));
        findings.push(`Memory once loaded (RSS, median): ${median(rssOf.map((b) => b.rssMb!)).toFixed(0)} MB for the median handler, at most ${most.rssMb!.toFixed(0)} MB (${most.id}); \`node -e 0\` alone ${(median(rss.get(probes.find((p) => p.id === 'probe empty module')?.id ?? '') ?? []) || 0).toFixed(0)} MB (docs/decisions.md chooses the memory sizes from these).`);
      }
      if (failed.length) findings.push(`${failed.length} bundle(s) failed to import: ${failed.map((b) => `${b.id} (${b.error})`).join('; ')}.`);
      const ratios = ok.map(vsFloor);
      return {
        figures: [
          { figure: `import time ÷ its SDK floor (worst of ${ok.length} handlers)`, value: ratio(Math.max(...ratios)), target: `≤ ${TARGET_RATIO}`, met: overRatio.length === 0 && failed.length === 0, absolute: `${worst.id} ${ms(worst.importMs!)} vs ${ms(floorOf(worst).importMs!)}; median handler ${ratio(median(ratios))}× (${ms(median(ok.map((b) => b.importMs!)))}; \`node -e 0\` ${ms(base)})` },
          { figure: `bundle over its SDK floor (largest of ${bundles.length})`, value: `+${kb(extra(heaviest))}`, target: `≤ +${kb(TARGET_EXTRA_BYTES)}`, met: overSize.length === 0, absolute: `${heaviest.id} ${kb(heaviest.bytes)}; median +${kb(median(bundles.map(extra)))}` },
        ],
        details: [
          `Every handler of shared/http/routes/ and infra/jobs.ts bundled with esbuild using the options of infra/constructs/bundling.ts, as infra/constructs/sso-function.ts does (ESM, minify, target ${BUNDLE_TARGET}, mainFields module/main, the createRequire banner, the aliases of a default deployment (the credential chain reduced to the environment provider, the Powertools tracer without the X-Ray SDK), nothing external, source map beside it and not counted).`,
          `A handler's floor is the SDK clients its bundle contains (${Object.keys(SDK_FLOOR_PARTS).join(', ')}), constructed as shared/aws/ does and bundled alone the same way: what that handler cannot import faster than while it uses them.`,
          `Each import is timed as a whole process: \`node --input-type=module -e "await import('<bundle>')"\`, ${RUNS} runs per bundle in rounds (handlers, floors and building blocks alike), with \`node -e 0\` run between them (median ${ms(base)} over ${baseline.length} runs). Ratio = median import ÷ median import of its floor.`,
          '',
          table(
            ['handler', 'size', 'over floor', 'import (median)', 'floor', 'floor import', '÷ floor', '÷ stack floor', 'RSS after import', 'largest beyond the SDK'],
            [...bundles].sort((a, b) => (b.importMs !== undefined && a.importMs !== undefined ? vsFloor(b) - vsFloor(a) : 0)).map((b) => [
              `\`${b.id}\``,
              kb(b.bytes),
              `+${kb(extra(b))}`,
              b.importMs === undefined ? `failed: ${b.error}` : ms(b.importMs),
              floorOf(b).id.replace(/^floor /, ''),
              floorOf(b).importMs === undefined ? '—' : ms(floorOf(b).importMs!),
              b.importMs === undefined || floorOf(b).importMs === undefined ? '—' : ratio(vsFloor(b)),
              httpHandlers.includes(b) ? ratio(vsStack(b)) : '—',
              b.rssMb === undefined ? '—' : `${b.rssMb.toFixed(0)} MB`,
              beyondSdk(b).slice(0, 4).map(([n, s]) => `${n} ${kb(s)}`).join(', '),
            ]),
          ),
          '',
          'The floors (each handler\'s SDK clients alone), the stack floors (the same with middy, Powertools logger and metrics, jose and zod/mini, as every API handler uses them) and building blocks, bundled with the same options and timed in the same rounds:',
          '',
          table(
            ['bundle', 'size', 'import (median)', '÷ node -e 0'],
            [...floors, ...stackFloors, ...probes].map((b) => [b.id.replace(/^probe /, ''), kb(b.bytes), b.importMs === undefined ? `failed: ${b.error}` : ms(b.importMs), b.importMs === undefined ? '—' : ratio(b.importMs / base)]),
          ),
          '',
          'The same handlers with `@aws-sdk/*` left external (resolved from node_modules, as the runtime would), timed in the same rounds:',
          '',
          table(
            ['variant', 'size', 'import (median)', '÷ node -e 0'],
            variants.map((b) => [`\`${b.id}\``, kb(b.bytes), b.importMs === undefined ? `failed: ${b.error}` : ms(b.importMs), b.importMs === undefined ? '—' : ratio(b.importMs / base)]),
          ),
          '',
          'Where the bytes beyond the SDK go, over all bundles (bytes in output, from the esbuild metafile):',
          '',
          table(['input', 'in bundles', 'average per bundle', 'total'], topInputs.map(([n, t]) => [n, t.bundles, kb(t.bytes / t.bundles), kb(t.bytes)])),
        ].join('\n'),
        findings,
      };
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
};
