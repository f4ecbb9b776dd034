// Step Functions task, first state of a case's clock: tell the responsible office of the new case.
import * as z from 'zod';
import { announceCase } from '../../../shared/use-cases/complaint-sla';

const inputSchema = z.object({ complaintId: z.string().min(1) });

export async function handler(event: unknown): Promise<Awaited<ReturnType<typeof announceCase>>> {
  return announceCase(inputSchema.parse(event));
}
