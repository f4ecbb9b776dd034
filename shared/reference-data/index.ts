// The reference data that ships with the project, in one place: what an empty system is loaded
// with (shared/use-cases/load-reference-data.ts). Topics, the SLA policy and the calendars keep
// their homes beside the rules that read them (the readers fall back to the same defaults).
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../domain/complaint-deadlines';
import { DEFAULT_COMPLAINT_TOPICS, type ComplaintTopic } from '../domain/complaint-topics';
import { BUNDLED_CALENDARS, type WorkingCalendar } from '../domain/holiday-calendar';
import type { Office } from '../schemas/reference';
import { SHIPPED_OFFICES } from './offices';

export { PROVINCES, BANGKOK_PROVINCE_CODE, type Province } from './provinces';
export { SHIPPED_OFFICES, CENTRAL_OFFICES, BANGKOK_AREA_OFFICES, PROVINCIAL_OFFICES, provincialOfficeCode } from './offices';

export interface ReferenceData {
  offices: readonly Office[];
  complaintTopics: readonly ComplaintTopic[];
  slaPolicy: SlaPolicy;
  calendars: readonly WorkingCalendar[];
}

export const SHIPPED_REFERENCE_DATA: ReferenceData = {
  offices: SHIPPED_OFFICES,
  complaintTopics: DEFAULT_COMPLAINT_TOPICS,
  slaPolicy: DEFAULT_SLA_POLICY,
  calendars: BUNDLED_CALENDARS,
};
