// Step Functions task of the SLA clock: at a stage's warning time or target, act if it is still open.
import { z } from 'zod';
import { getComplaint } from '../../../shared/data/complaints-repository';
import { logger } from '../../../shared/logger';

const inputSchema = z.object({
  complaintId: z.string().min(1),
  generation: z.number().int(),
  stage: z.string().min(1),
  kind: z.enum(['warn', 'due']),
});

export type CheckStageResult = { action: 'none'; reason: string } | { action: 'reminded' | 'escalated'; stage: string };

export async function handler(event: unknown): Promise<CheckStageResult> {
  const input = inputSchema.parse(event);
  const complaint = await getComplaint(input.complaintId);
  if (!complaint) return { action: 'none', reason: 'unknown-complaint' };
  if (complaint.slaGeneration !== input.generation) return { action: 'none', reason: 'stale-execution' };
  if (complaint.status !== 'open') return { action: 'none', reason: `complaint-${complaint.status}` };
  logger.info('sla check', { complaintId: input.complaintId, stage: input.stage, kind: input.kind });
  return { action: 'none', reason: 'not-implemented-yet' };
}
