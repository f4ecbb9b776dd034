// Bundled in place of @aws-sdk/credential-provider-node (infra/constructs/bundling.ts): a Lambda
// function gets its role's credentials in its environment, so the SSO, INI, process, web-identity
// and container links of the default chain (and the STS/SSO clients they carry, 56 KB a bundle)
// are never used there.
import { fromEnv } from '@aws-sdk/credential-provider-env';
import type { AwsCredentialIdentityProvider } from '@smithy/types';

export const defaultProvider = (init: Parameters<typeof fromEnv>[0] = {}): AwsCredentialIdentityProvider => fromEnv(init);
