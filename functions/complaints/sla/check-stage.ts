// Step Functions task of the SLA clock: at a stage's warning time or target, act if it is still open.
import * as z from 'zod/mini';
import { jobHandler } from '../../../shared/job-handler';
import { asTask } from '../../../shared/task-errors';
import { checkStage, type CheckResult } from '../../../shared/use-cases/complaint-sla';

const inputSchema = z.object({
  complaintId: z.string().check(z.minLength(1)),
  generation: z.number().check(z.int()),
  stage: z.string().check(z.minLength(1)),
  kind: z.enum(['warn', 'due']),
});

// an early "due" check (CheckTooEarlyError) and transient AWS failures are retried by the state machine
export const handler = jobHandler(async (event: unknown): Promise<CheckResult> => asTask(() => checkStage(inputSchema.parse(event))));
