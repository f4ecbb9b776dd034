// Messages of administration, in Thai and English, keyed by the codes the API answers with.
import type { Catalog } from './catalog';

export const adminMessages = {
  AS_OF_IN_FUTURE: { th: 'การยกเลิกรหัสผู้ใช้จริงต้องใช้วันที่อ้างอิงไม่เกินวันนี้ (วันที่ในอนาคตใช้ได้กับการทดลองรันเท่านั้น)', en: 'A real revocation run cannot look ahead: a future asOf is for dry runs only' },
  AS_OF_TOO_FAR: { th: 'วันที่อ้างอิงต้องอยู่ภายใน 2 ปีจากวันนี้', en: 'asOf must be within 2 years of today' },
  JOB_NOT_FOUND: { th: 'ไม่พบงานนี้', en: 'No such job' },
  JOB_FAILED: { th: 'งานเบื้องหลังล้มเหลว กรุณาลองใหม่หรือติดต่อผู้ดูแลระบบ', en: 'The background job failed; try again or contact the administrators' },
} satisfies Catalog;
