// GET /api/admin/jobs/{jobId}: a background job's status and, once finished, its result or error.
import { adminRoutes } from '../../shared/http/routes/admin';
import { getJob } from '../../shared/data/jobs-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(adminRoutes.getJob, async ({ params }) => {
  const job = await getJob(params.jobId);
  if (!job) throw new NotFoundError('JOB_NOT_FOUND');
  const { expiresAtEpoch: _kept, ...shown } = job;
  return { body: shown, headers: { 'cache-control': 'no-store' } };
});
