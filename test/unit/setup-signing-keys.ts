// Unit tests run without the local stack: the token signing keys come from a Secrets Manager that
// answers with a fixed secret (integration tests read the local emulator's real one).
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';

export const UNIT_SIGNING_KEY = 'unit-test-signing-key-unit-test-signing-key-0123456789';
mockClient(SecretsManagerClient).on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify({ current: UNIT_SIGNING_KEY }) });
