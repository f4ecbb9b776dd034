// GET /api/hospitals?q=&province=&limit=: search the hospital registry by name or code.
import { referenceRoutes } from '../../shared/http/routes/reference';
import { listHospitals } from '../../shared/data/reference-repository';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(referenceRoutes.listHospitals, async ({ query }) => {
  const q = query.q?.trim().toLowerCase();
  const hospitals = (await listHospitals()).filter(
    (h) =>
      (!query.province || h.provinceCode === query.province) &&
      (!q || h.code.includes(q) || h.hcode.toLowerCase().includes(q) || h.nameTh.toLowerCase().includes(q) || h.nameEn.toLowerCase().includes(q)),
  );
  return { body: query.limit ? hospitals.slice(0, query.limit) : hospitals, headers: { 'cache-control': 'public, max-age=60' } };
});
