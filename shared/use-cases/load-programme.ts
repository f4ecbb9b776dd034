// The programme a request names, or 404.
import { getProgramme } from '../data/awards-repository';
import type { AwardProgramme } from '../domain/award-programme';
import { NotFoundError } from '../http/errors';

export async function loadProgramme(yearBE: number): Promise<AwardProgramme> {
  const programme = await getProgramme(yearBE);
  if (!programme) throw new NotFoundError('PROGRAMME_NOT_FOUND');
  return programme;
}
