// Step Functions task, first state of a case's clock: tell the responsible office of the new case.
import * as z from 'zod/mini';
import { jobHandler } from '../../../shared/job-handler';
import { asTask } from '../../../shared/task-errors';
import { announceCase } from '../../../shared/use-cases/complaint-sla';

const inputSchema = z.object({ complaintId: z.string().check(z.minLength(1)) });

export const handler = jobHandler(async (event: unknown) => asTask(() => announceCase(inputSchema.parse(event))));
