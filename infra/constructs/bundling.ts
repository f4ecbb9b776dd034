// How every function is bundled, one definition read by the function construct (CDK runs the
// esbuild CLI) and by the cold-start benchmark (esbuild's API), so the bench measures what deploys.
export const BUNDLE_TARGET = 'node20';
/** ESM bundles need a require() for the few CommonJS dependencies. */
export const BUNDLE_BANNER = "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);";
/**
 * Packages replaced at bundle time, resolved from the project root: the credential chain becomes
 * the environment provider alone (infra/constructs/lambda-credentials.ts), which is what Lambda uses.
 */
export const BUNDLE_ALIASES: Record<string, string> = {
  '@aws-sdk/credential-provider-node': './infra/constructs/lambda-credentials.ts',
};
