// The Step Functions client, created once per cold start.
import { SFNClient } from '@aws-sdk/client-sfn';

export const sfn = new SFNClient({});
