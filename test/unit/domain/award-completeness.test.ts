import { describe, expect, it } from 'vitest';
import { isComplete, missingDocuments } from '../../../shared/domain/award-completeness';

const checked = { sha256: 'a'.repeat(64) };

describe('award entry completeness', () => {
  it('is complete with both the application form and the self-assessment checked in', () => {
    expect(isComplete({ applicationForm: checked, selfAssessment: checked })).toBe(true);
  });

  it('names both documents of a postal entry recorded with no scans', () => {
    expect(missingDocuments({ applicationForm: {}, selfAssessment: {} })).toEqual(['applicationForm', 'selfAssessment']);
  });

  it('is incomplete while one document is still missing', () => {
    expect(isComplete({ applicationForm: checked, selfAssessment: {} })).toBe(false);
    expect(missingDocuments({ applicationForm: checked })).toEqual(['selfAssessment']);
  });
});
