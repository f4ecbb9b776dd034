// POST /api/award-programmes/{yearBE}/extensions: one hospital gets a later deadline, with a reason.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { appendAudit } from '../../shared/data/audit-repository';
import { putExtension } from '../../shared/data/awards-repository';
import { RuleError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { loadProgramme } from '../../shared/use-cases/load-programme';
import { resolveHospital } from '../../shared/use-cases/resolve-hospital';

export const handler = httpHandler(awardsRoutes.grantAwardExtension, async ({ params, body, principal }) => {
  const programme = await loadProgramme(params.yearBE);
  // named by its 7-digit code or its hcode; the extension is kept under the 7-digit code
  const hospital = await resolveHospital(body.hospitalCode);
  if (!hospital) throw new RuleError('UNKNOWN_HOSPITAL', 'hospitalCode');
  if (body.deadline <= programme.deadline) throw new RuleError('EXTENSION_BEFORE_DEADLINE', 'deadline');
  const extension = { yearBE: programme.yearBE, hospitalCode: hospital.code, deadline: body.deadline, reason: body.reason, grantedBy: principal.userId, grantedAt: new Date().toISOString() };
  await putExtension(extension);
  await appendAudit(`AWARD#${programme.yearBE}`, { at: extension.grantedAt, actor: principal.userId, action: 'extension-granted', reason: `${hospital.code} → ${body.deadline}: ${body.reason}` });
  return { body: extension };
});
