// POST /api/admin/hospital-imports?dryRun=: the hospital registry from a CSV file, all rows or none.
import { registryRoutes } from '../../shared/http/routes/registry';
import { httpHandler } from '../../shared/http/http-handler';
import { importHospitals } from '../../shared/use-cases/import-hospitals';

export const handler = httpHandler(registryRoutes.importHospitals, async ({ text, query, principal, lang }) => ({
  body: await importHospitals(text, { dryRun: query.dryRun, actor: principal.userId, lang }),
}));
