// How every function is bundled, one definition read by the function construct (CDK runs the
// esbuild CLI) and by the cold-start benchmark (esbuild's API), so the bench measures what deploys.
export const BUNDLE_TARGET = 'node20';
/** ESM bundles need a require() for the few CommonJS dependencies. */
export const BUNDLE_BANNER = "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);";
/**
 * Packages replaced at bundle time, resolved from the project root: the credential chain becomes
 * the environment provider alone (infra/constructs/lambda-credentials.ts), which is what Lambda uses;
 * fontkit's JavaScript Brotli decoder, for WOFF2 fonts the PDFs never use, becomes a stand-in that
 * says so (infra/constructs/no-woff2-decompressor.ts).
 */
export const BUNDLE_ALIASES: Record<string, string> = {
  '@aws-sdk/credential-provider-node': './infra/constructs/lambda-credentials.ts',
  'brotli/decompress.js': './infra/constructs/no-woff2-decompressor.ts',
};

/**
 * The Powertools tracer as it is with tracing off, without the X-Ray SDK it imports
 * (infra/constructs/lambda-tracer-off.ts): the default, because that import costs every cold
 * start ~120 KB and ~25 ms (bench, cold start) for per-call subsegments. Lambda's active tracing
 * still records each invocation. A deployment that wants the calls traced (to find where a slow
 * request spends its time) bundles the real tracer: `-c xrayCallTracing=true`.
 */
export const TRACER_OFF_ALIASES: Record<string, string> = {
  '@aws-lambda-powertools/tracer': './infra/constructs/lambda-tracer-off.ts',
  '@aws-lambda-powertools/tracer/middleware': './infra/constructs/lambda-tracer-off.ts',
};

/** The deployment's choice (`-c xrayCallTracing=true|false`, or a boolean in cdk.json); off unless given. */
export function xrayCallTracingOf(context: unknown): boolean {
  if (context === undefined || context === false || context === 'false') return false;
  if (context === true || context === 'true') return true;
  throw new Error(`Context "xrayCallTracing" is true or false, not ${JSON.stringify(context)}`);
}

/** The aliases a function is bundled with, per the deployment's choice of call tracing. */
export function bundleAliases(options: { xrayCallTracing: boolean }): Record<string, string> {
  return { ...BUNDLE_ALIASES, ...(options.xrayCallTracing ? {} : TRACER_OFF_ALIASES) };
}
