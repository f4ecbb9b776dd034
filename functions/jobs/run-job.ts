// The background job runner: the single task of the job state machine (infra/workflows/background-job.ts).
import * as z from 'zod';
import { runJob } from '../../shared/use-cases/background-jobs';

const inputSchema = z.object({ jobId: z.string().min(1) });

export async function handler(event: unknown) {
  return runJob(inputSchema.parse(event).jobId);
}
