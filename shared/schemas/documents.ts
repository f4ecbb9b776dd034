// Schemas of the printable-document routes (PDF).
import * as z from 'zod';

/** The signed token of a form link (shared/documents/form-link.ts). */
export const formLinkQuery = z.object({ token: z.string().min(1).max(2048) });

