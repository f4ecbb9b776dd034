// Business metrics (CloudWatch embedded metric format through Powertools); alarms watch them.
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger } from './logger';
import { METRICS_NAMESPACE, METRICS_SERVICE } from './metric-names';

export const metrics = new Metrics({
  namespace: METRICS_NAMESPACE,
  serviceName: METRICS_SERVICE,
  // a request that counted nothing is normal here: Metrics' own notices only when they are errors
  logger: logger.createChild({ logLevel: 'ERROR' }),
});
export { MetricUnit };
