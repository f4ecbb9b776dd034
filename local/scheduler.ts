// Fires the EventBridge schedules of the synthesized template on their cron, in UTC as AWS does.
import { Cron } from 'croner';
import type { LocalSchedule } from './cloud-template';
import { invokeHandler } from './lambda-runtime';

/** `cron(0 19 * * ? *)` → `0 19 * * *`; `rate(5 minutes)` → every 5 minutes. */
export function toCronPattern(expression: string): string {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (rate) {
    const n = Number(rate[1]);
    if (rate[2]!.startsWith('minute')) return `*/${n} * * * *`;
    if (rate[2]!.startsWith('hour')) return `0 */${n} * * *`;
    return `0 0 */${n} * *`;
  }
  const cron = /^cron\((.+)\)$/.exec(expression);
  if (!cron) throw new Error(`Unsupported schedule expression: ${expression}`);
  const [minute, hour, dom, month, dow] = cron[1]!.split(/\s+/);
  return [minute, hour, dom, month, dow].map((f) => (f === '?' ? '*' : f)).join(' ');
}

export function scheduledEvent(schedule: LocalSchedule, at = new Date()) {
  return {
    version: '0',
    id: crypto.randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: process.env.AWS_REGION ?? 'ap-southeast-1',
    resources: [`arn:aws:events:local:000000000000:rule/${schedule.logicalId}`],
    detail: {},
  };
}

export function startScheduler(schedules: LocalSchedule[], log: (line: string) => void): () => void {
  const jobs = schedules.map(
    (schedule) =>
      new Cron(toCronPattern(schedule.expression), { timezone: 'UTC', protect: true, sloppyRanges: true }, async () => {
        try {
          await invokeHandler(schedule.handler, scheduledEvent(schedule));
        } catch (error) {
          log(`schedule ${schedule.logicalId} failed: ${(error as Error).message}`);
        }
      }),
  );
  return () => jobs.forEach((j) => j.stop());
}
