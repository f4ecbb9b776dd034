// The background job runner: the single task of the job state machine (infra/workflows/background-job.ts).
import * as z from 'zod/mini';
import { runJob } from '../../shared/use-cases/background-jobs';
import { jobHandler } from '../../shared/job-handler';

const inputSchema = z.object({ jobId: z.string().check(z.minLength(1)) });

export const handler = jobHandler(async (event: unknown) => {
  return runJob(inputSchema.parse(event).jobId);
});
