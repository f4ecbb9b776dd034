// Messages of administration, in Thai and English, keyed by the codes the API answers with.
import type { Catalog } from './catalog';

export const adminMessages = {
  AS_OF_TOO_FAR: { th: 'วันที่อ้างอิงต้องอยู่ภายใน 2 ปีจากวันนี้', en: 'asOf must be within 2 years of today' },
} satisfies Catalog;
