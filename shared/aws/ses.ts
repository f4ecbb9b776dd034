// The SES client, created once per cold start.
import { SESClient } from '@aws-sdk/client-ses';
import { tracer } from '../tracer';

export const ses = tracer.captureAWSv3Client(new SESClient({}));
