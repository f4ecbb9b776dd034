// GET /api/award-programmes/{yearBE}/submissions: officers see all, each with its documents and
// whether it is complete; a committee member the on-time, complete ones their panel covers.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { getExtension, getProgramme, listSubmissions } from '../../shared/data/awards-repository';
import { listHospitals } from '../../shared/data/reference-repository';
import { httpHandler } from '../../shared/http/http-handler';
import { documentsOf } from '../../shared/use-cases/award-documents';
import { scorableBy } from '../../shared/use-cases/award-selection';

export const handler = httpHandler(awardsRoutes.listAwardSubmissions, async ({ params, principal }) => {
  const [submissions, hospitals, programme] = await Promise.all([listSubmissions(params.yearBE), listHospitals(), getProgramme(params.yearBE)]);
  const officer = principal.roles.includes('awards-officer');
  const names = new Map(hospitals.map((h) => [h.code, h]));
  const visible = submissions.filter((s) => officer || scorableBy(programme, principal.userId, s, { code: s.hospitalCode, officeCode: names.get(s.hospitalCode)?.officeCode }));
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
