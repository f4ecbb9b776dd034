// GET /api/award-programmes/{yearBE}/submissions: officers see all, each with its documents and
// whether it is complete; the committee the on-time, complete ones.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { getExtension, listSubmissions } from '../../shared/data/awards-repository';
import { listHospitals } from '../../shared/data/reference-repository';
import { httpHandler } from '../../shared/http/http-handler';
import { isComplete } from '../../shared/domain/award-completeness';
import { documentsOf } from '../../shared/use-cases/award-documents';

export const handler = httpHandler(awardsRoutes.listAwardSubmissions, async ({ params, principal }) => {
  const [submissions, hospitals] = await Promise.all([listSubmissions(params.yearBE), listHospitals()]);
  const officer = principal.roles.includes('awards-officer');
  const visible = submissions.filter((s) => officer || (s.status === 'received' && isComplete(s.files)));
  const names = new Map(hospitals.map((h) => [h.code, h]));
  return {
    body: await Promise.all(
      visible.map(async (s) => {
        const extension = await getExtension(s.yearBE, s.hospitalCode);
        return {
          submissionId: s.submissionId,
          hospitalCode: s.hospitalCode,
          hospitalNameTh: names.get(s.hospitalCode)?.nameTh,
          hospitalNameEn: names.get(s.hospitalCode)?.nameEn,
          channel: s.channel,
          status: s.status,
          receivedAt: s.receivedAt ?? null,
          postmarkDate: s.postmarkDate ?? null,
          lateReason: s.lateReason ?? null,
          extension: extension ? { deadline: extension.deadline, reason: extension.reason } : null,
          ...documentsOf(s),
        };
      }),
    ),
  };
});
