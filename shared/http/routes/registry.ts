// The hospital registry's bulk import: a CSV file, all rows or none.
// Each handler imports only its own area's table, so a bundle carries only these schemas.
import { defineRoute } from '../../http/route';
import { hospitalImportQuery, hospitalImportResult } from '../../schemas/reference-admin';

/** Well above a national registry (some 3,000 hospitals at ~150 bytes a row), well below Lambda's 6 MB payload. */
export const HOSPITAL_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

export const registryRoutes = {
  importHospitals: defineRoute({
    id: 'registry.import-hospitals',
    method: 'POST',
    path: '/api/admin/hospital-imports',
    handler: 'functions/registry/import-hospitals.ts',
    auth: ['admin'],
    summary: 'Import the hospital registry from a CSV file: every row is checked first; any bad row → 422 and nothing written; a dry run writes nothing',
    textBody: {
      mediaType: 'text/csv',
      maxBytes: HOSPITAL_IMPORT_MAX_BYTES,
      description:
        'Header code,hcode,nameTh,nameEn,provinceCode,kind,mainContractorCode,officeCode (any order); one hospital per line; kind main|network; Thai digits accepted in codes.',
    },
    query: hospitalImportQuery,
    access: { table: 'readWrite' },
    response: { status: 200, schema: hospitalImportResult },
  }),
};
