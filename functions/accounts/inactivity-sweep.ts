// Daily at 02:00 Bangkok (EventBridge): revoke ids unused for 6 months, send the warnings due.
import type { ScheduledEvent } from 'aws-lambda';
import { jobHandler } from '../../shared/job-handler';
import { logger } from '../../shared/logger';
import { METRIC } from '../../shared/metric-names';
import { metrics, MetricUnit } from '../../shared/metrics';
import { runInactivitySweep } from '../../shared/use-cases/inactivity-sweep';

export const handler = jobHandler(
  async (event: Pick<ScheduledEvent, 'time' | 'id'>) => {
    const asOf = new Date(event.time);
    const result = await runInactivitySweep({ asOf: Number.isNaN(asOf.getTime()) ? new Date() : asOf, dryRun: false, trigger: 'schedule', actor: 'schedule' });
    logger.info('inactivity sweep', { examined: result.examined, revoked: result.revoked.length, warned: result.warned.length, errors: result.errors });
    // the CDK alarm fires when no successful run was counted for 48 hours (flushed by the job stack)
    if (result.errors === 0) metrics.addMetric(METRIC.inactivitySweepSucceeded, MetricUnit.Count, 1);
    metrics.addMetric(METRIC.inactivityRevoked, MetricUnit.Count, result.revoked.length);
    return { examined: result.examined, revoked: result.revoked.length, warned: result.warned.length, errors: result.errors };
  },
  { correlationIdOf: (event) => event.id },
);
