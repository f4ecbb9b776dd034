// The Secrets Manager client, created once per cold start.
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

export const secrets = new SecretsManagerClient({});
