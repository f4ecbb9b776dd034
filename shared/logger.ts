// The one structured logger (Powertools), with personal data masked on the way out.
import { Logger } from '@aws-lambda-powertools/logger';
import { piiReplacer } from './pii';

export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'sso-hospital-services',
  jsonReplacerFn: piiReplacer,
});

/** The correlation id of the request or job being handled, if one was set. */
export function correlationIdNow(): string | undefined {
  const id = logger.getCorrelationId();
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}
