// The admins' edits of reference data, each recorded as an administrative change (before/after):
// an office (names, kind, mailbox), one complaint topic, the SLA policy.
import { adminTarget, recordAdminChange } from '../data/audit-repository';
import { readTopicsForEdit, saveTopics } from '../data/complaints-repository';
import { saveSlaPolicy, updateOffice, type OfficeRecord } from '../data/reference-repository';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../domain/complaint-deadlines';
import type { ComplaintTopic } from '../domain/complaint-topics';
import { ConflictError, NotFoundError } from '../http/errors';
import type { Office } from '../schemas/reference';
import { forgetSlaPolicy } from './complaint-sla';

/** An admin's change to an office; its mailbox becomes the admin's, which deploy-time loads leave alone. */
export async function editOffice(
  officeCode: string,
  change: Pick<Office, 'nameTh' | 'nameEn' | 'kind'> & { email: string },
  actor: string,
  now = new Date(),
): Promise<OfficeRecord> {
  const result = await updateOffice(officeCode, change);
  if (!result) throw new NotFoundError('OFFICE_NOT_FOUND');
  await recordAdminChange({ at: now.toISOString(), actor, action: 'office.update', target: adminTarget.office(officeCode), before: result.before, after: result.after });
  return result.after;
}

const TOPIC_SAVE_ATTEMPTS = 3;

/** Adds a topic or renames one (the list is one item: read, change, save if nobody saved in between). */
export async function putTopic(topic: ComplaintTopic, actor: string, now = new Date()): Promise<ComplaintTopic> {
  for (let attempt = 0; attempt < TOPIC_SAVE_ATTEMPTS; attempt++) {
    const { topics, version } = await readTopicsForEdit();
    const before = topics.find((t) => t.code === topic.code);
    if (before && before.nameTh === topic.nameTh && before.nameEn === topic.nameEn) return before;
    const next = before ? topics.map((t) => (t.code === topic.code ? topic : t)) : [...topics, topic];
    if (!(await saveTopics(next, version))) continue;
    await recordAdminChange({ at: now.toISOString(), actor, action: before ? 'topic.update' : 'topic.create', target: adminTarget.topic(topic.code), before, after: topic });
    return topic;
  }
  throw new ConflictError();
}

/**
 * Sets the SLA policy. It applies to deadlines computed from now on (new cases, and cases whose
 * deadlines are recomputed); running clocks keep the deadlines they were started with.
 */
export async function setSlaPolicy(policy: SlaPolicy, actor: string, now = new Date()): Promise<SlaPolicy> {
  const stored = await saveSlaPolicy(policy);
  forgetSlaPolicy();
  await recordAdminChange({ at: now.toISOString(), actor, action: 'sla-policy.update', target: adminTarget.slaPolicy(), before: stored ?? DEFAULT_SLA_POLICY, after: policy });
  return policy;
}
