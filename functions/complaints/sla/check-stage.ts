// Step Functions task of the SLA clock: at a stage's warning time or target, act if it is still open.
import * as z from 'zod';
import { checkStage, type CheckResult } from '../../../shared/use-cases/complaint-sla';

const inputSchema = z.object({
  complaintId: z.string().min(1),
  generation: z.number().int(),
  stage: z.string().min(1),
  kind: z.enum(['warn', 'due']),
});

export async function handler(event: unknown): Promise<CheckResult> {
  return checkStage(inputSchema.parse(event));
}
