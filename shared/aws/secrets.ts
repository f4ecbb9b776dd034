// The Secrets Manager client, created once per cold start.
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { tracer } from '../tracer';

export const secrets = tracer.captureAWSv3Client(new SecretsManagerClient({}));
