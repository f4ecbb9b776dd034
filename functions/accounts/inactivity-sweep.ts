// Daily at 02:00 Bangkok (EventBridge): revoke ids unused for 6 months, send the warnings due.
import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../../shared/logger';
import { metrics, MetricUnit } from '../../shared/metrics';
import { runInactivitySweep } from '../../shared/use-cases/inactivity-sweep';

export async function handler(event: ScheduledEvent) {
  const asOf = new Date(event.time);
  const result = await runInactivitySweep({ asOf: Number.isNaN(asOf.getTime()) ? new Date() : asOf, dryRun: false, trigger: 'schedule', actor: 'schedule' });
  logger.info('inactivity sweep', { examined: result.examined, revoked: result.revoked.length, warned: result.warned.length, errors: result.errors });
  // the CDK alarm fires when no successful run was counted for 48 hours
  if (result.errors === 0) metrics.addMetric('InactivitySweepSucceeded', MetricUnit.Count, 1);
  metrics.addMetric('InactivityRevoked', MetricUnit.Count, result.revoked.length);
  metrics.publishStoredMetrics();
  return { examined: result.examined, revoked: result.revoked.length, warned: result.warned.length, errors: result.errors };
}
