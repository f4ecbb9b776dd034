// The public hospital finder: the registry searched by Thai or English name, 7-digit code or hcode,
// narrowed to a province, at most `limit` rows (the registry is a few thousand rows, kept warm).
import { listHospitals } from '../data/reference-repository';
import type { Hospital } from '../schemas/reference';

export async function searchHospitals(search: { q?: string | undefined; province?: string | undefined; limit?: number | undefined }): Promise<Hospital[]> {
  const q = search.q?.trim().toLowerCase();
  const hospitals = (await listHospitals()).filter(
    (h) =>
      (!search.province || h.provinceCode === search.province) &&
      (!q || h.code.includes(q) || h.hcode.toLowerCase().includes(q) || h.nameTh.toLowerCase().includes(q) || h.nameEn.toLowerCase().includes(q)),
  );
  return search.limit ? hospitals.slice(0, search.limit) : hospitals;
}
