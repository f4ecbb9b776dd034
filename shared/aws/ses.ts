// The SES client, created once per cold start.
import { SESClient } from '@aws-sdk/client-ses';

export const ses = new SESClient({});
