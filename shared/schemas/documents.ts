// Schemas of the printable-document routes (PDF).
import * as z from 'zod/mini';

/** The signed token of a form link (shared/documents/form-link.ts). */
export const formLinkQuery = z.object({ token: z.string().check(z.minLength(1), z.maxLength(2048)) });

