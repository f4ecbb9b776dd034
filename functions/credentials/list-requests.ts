// GET /api/credential-requests?status=: the credentials officers' queue.
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { listRequestsByStatus } from '../../shared/data/credential-requests-repository';
import { maskNationalId } from '../../shared/domain/national-id';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(credentialsRoutes.listCredentialRequests, async ({ query }) => {
  const requests = await listRequestsByStatus(query.status);
  return {
    body: requests.map((r) => ({
      requestId: r.requestId,
      status: r.status,
      purpose: r.purpose,
      hospitalCode: r.hospitalCode,
      ...(r.networkHospitalCode ? { networkHospitalCode: r.networkHospitalCode } : {}),
      name: `${r.title}${r.firstNameTh} ${r.lastNameTh}`,
      nationalId: maskNationalId(r.nationalId),
      createdAt: r.createdAt,
      ...(r.submittedAt ? { submittedAt: r.submittedAt } : {}),
      ...(r.decidedAt ? { decidedAt: r.decidedAt } : {}),
    })),
  };
});
