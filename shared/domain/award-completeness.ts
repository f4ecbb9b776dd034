// When an award entry is complete: both required documents (the application form and the
// self-assessment, PDFs) are in and checked, whatever channel the entry came by. Only a complete
// entry is scored or ranked; a postal or e-mail entry is complete once an officer attaches its scans.

/** The documents every entry needs, in the order they are shown. */
export const REQUIRED_DOCUMENTS = ['applicationForm', 'selfAssessment'] as const;
export type RequiredDocument = (typeof REQUIRED_DOCUMENTS)[number];

/** A document is in once its checked file was recorded with its SHA-256 (at submit, or when an officer attached a scan). */
export interface RecordedFile {
  sha256?: string;
}

export function missingDocuments(files: Partial<Record<RequiredDocument, RecordedFile>>): RequiredDocument[] {
  return REQUIRED_DOCUMENTS.filter((d) => !files[d]?.sha256);
}

export function isComplete(files: Partial<Record<RequiredDocument, RecordedFile>>): boolean {
  return missingDocuments(files).length === 0;
}
