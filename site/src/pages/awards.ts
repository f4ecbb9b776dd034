// Hospital of the Heart: the programme page with its countdown, the hospital's upload page (a
// progress bar per file) and receipt, the officers' and committee's pages, and the honour roll.
import { api, ApiProblem, downloadFile, sha256Hex, uploadFile } from '../api';
import { datePattern, dateTimePattern, readDateTimeField, showDate, showYearBE } from '../dates';
import { h } from '../dom';
import { field, setFieldError, showProblem } from '../forms';
import { L, lang, t } from '../i18n';
import { navigate, page } from '../router';
import { requireRole } from '../session-ui';
import { hospitalMenu, staffMenu } from './portals';
import type { documentDownload, openScanUploads } from '../../../shared/use-cases/award-documents';
import type { awardResults } from '../../../shared/use-cases/award-results';
import type { computeResults, scoreSubmission, selectionProgress, visibleScores } from '../../../shared/use-cases/award-selection';
import type { ownSubmission, submissionList } from '../../../shared/use-cases/award-submission-views';
import type { recordOfflineSubmission, startOnlineSubmission } from '../../../shared/use-cases/award-submissions';
import type { ProgrammeSummaryView, ProgrammeView as Programme } from '../../../shared/use-cases/award-programme-views';

// The API's answers, as the use cases that build them return them (types only: no server code in
// the bundle). None holds a Date: dates and instants travel as ISO strings on both sides.
type MySubmission = Awaited<ReturnType<typeof ownSubmission>>;
type StartedSubmission = Awaited<ReturnType<typeof startOnlineSubmission>>;
type OfflineSubmission = Awaited<ReturnType<typeof recordOfflineSubmission>>;
type SubmissionRow = Awaited<ReturnType<typeof submissionList>>[number];
type DocumentLink = Awaited<ReturnType<typeof documentDownload>>;
type ScanUploads = Awaited<ReturnType<typeof openScanUploads>>;
type PanelProgress = Awaited<ReturnType<typeof selectionProgress>>;
type AwardResults = Awaited<ReturnType<typeof awardResults>>;
type DraftResults = Awaited<ReturnType<typeof computeResults>>;
type VisibleScores = Awaited<ReturnType<typeof visibleScores>>;
type SavedScore = Awaited<ReturnType<typeof scoreSubmission>>;

const CURRENT_YEAR_BE = () => {
  const y = new Date(Date.now() + 7 * 3600_000).getUTCFullYear() + 543;
  return new Date(Date.now() + 7 * 3600_000).getUTCMonth() >= 8 ? y + 1 : y;
};

hospitalMenu.push({ href: `#/hospital/awards/${CURRENT_YEAR_BE()}`, th: 'สมัครรางวัลสถานพยาบาลในดวงใจ', en: 'Apply for the Hospital of the Heart award' });
staffMenu.push(
  { href: `#/staff/awards/${CURRENT_YEAR_BE()}`, th: 'ใบสมัครรางวัลสถานพยาบาลในดวงใจ', en: 'Award submissions', roles: ['awards-officer', 'committee'] },
);

const baht = (n: number) => `${n.toLocaleString(lang() === 'th' ? 'th-TH' : 'en-US')} ${L('บาท', 'THB')}`;
const name = (x: { nameTh?: string; nameEn?: string } | undefined) => (lang() === 'th' ? x?.nameTh : x?.nameEn) ?? '';

/** Whether a Bangkok calendar day has begun: a past programme's dates read as past. */
const isPast = (day: string) => Date.parse(`${day}T00:00:00+07:00`) <= Date.now();

function countdownTo(deadline: string): string {
  const end = Date.parse(`${deadline}T23:59:59+07:00`);
  const ms = end - Date.now();
  if (ms < 0) return L('ปิดรับสมัครแล้ว', 'Closed');
  const days = Math.floor(ms / 86400_000);
  const hours = Math.floor((ms % 86400_000) / 3600_000);
  return L(`เหลือเวลาอีก ${days} วัน ${hours} ชั่วโมง`, `${days} days ${hours} hours left`);
}

function programmeSummary(p: Programme): HTMLElement {
  return h(
    'div',
    { class: 'card' },
    h('p', {}, L('เปิดรับสมัคร', 'Opens'), ': ', showDate(p.opensOn), ' · ', L('กำหนดส่ง', 'Deadline'), ': ', h('strong', { id: 'deadline' }, showDate(p.deadline)), L(' เวลา 23:59 น.', ' at 23:59 Bangkok time')),
    h('p', { id: 'countdown', class: 'badge' }, countdownTo(p.deadline)),
    h('p', {}, isPast(p.announceOn) ? L('ประกาศผลเมื่อ', 'Announced on') : L('ประกาศผล', 'To be announced on'), ': ', showDate(p.announceOn)),
    h(
      'table',
      {},
      h('tr', {}, h('th', {}, L('ประเภทรางวัล', 'Category')), h('th', {}, L('จำนวน', 'Awards')), h('th', {}, L('เงินรางวัล', 'Prize each'))),
      ...p.categories.map((c) => h('tr', {}, h('td', {}, name(c)), h('td', {}, c.count), h('td', {}, baht(c.prizeThb)))),
      h('tr', {}, h('th', {}, L('รวม', 'Total')), h('th', {}, p.totalAwards), h('th', {}, baht(p.totalPrizeThb))),
    ),
  );
}

// the heading and the lead paint with the page's code; the years' links follow when the API answers
page('/awards', () => {
  const years = h('ul', { class: 'menu', 'aria-busy': 'true' });
  api<ProgrammeSummaryView[]>('GET', '/award-programmes').then(
    (list) => {
      years.append(...list.map((p) => h('li', {}, h('a', { class: 'button secondary', href: `#/awards/${p.yearBE}/results` }, L(`ผลรางวัลปี ${showYearBE(p.yearBE)}`, `${showYearBE(p.yearBE)} results`)))));
      years.removeAttribute('aria-busy');
    },
    (err: unknown) => years.replaceWith(h('p', { class: 'error', role: 'alert' }, err instanceof ApiProblem ? err.problem.title : t('networkError'))),
  );
  return h(
    'section',
    {},
    h('h1', {}, L('รางวัลสถานพยาบาลในดวงใจ', 'Hospital of the Heart award')),
    h('p', { class: 'lead' }, L('รางวัลสำหรับสถานพยาบาลในระบบประกันสังคมที่ให้บริการดีเด่น ประกาศผลทุกวันที่ 3 กันยายน วันคล้ายวันก่อตั้งสำนักงานประกันสังคม', 'For SSO hospitals with outstanding service, announced every 3 September, the anniversary of the SSO')),
    years,
  );
});

page('/hospital/awards/:year', async ({ params }) => {
  if (!requireRole(['hospital'])) return h('p');
  const p = await api<Programme>('GET', `/award-programmes/${params.year}`);
  let mine: MySubmission | undefined;
  try {
    mine = await api<MySubmission>('GET', `/award-programmes/${params.year}/my-submission`);
  } catch {
    mine = undefined;
  }
  const slots = [
    ['applicationForm', L('ใบสมัคร (PDF ไม่เกิน 10 MB)', 'Application form (PDF, max 10 MB)')],
    ['selfAssessment', L('แบบประเมินตนเอง (PDF ไม่เกิน 10 MB)', 'Self-assessment (PDF, max 10 MB)')],
  ] as const;
  const inputs = slots.map(([slot, label]) => {
    const input = h('input', { type: 'file', accept: 'application/pdf,.pdf' });
    const bar = h('progress', { id: `progress-${slot}`, max: 1, value: 0 });
    return { slot, f: field(slot, label, input), bar };
  });
  const message = h('p', { role: 'status', id: 'award-result' });
  const submit = h('button', { type: 'submit', class: 'button' }, L('ส่งใบสมัคร', 'Submit'));
  const form = h('form', { class: 'form', id: 'award-form' }, ...inputs.flatMap((i) => [i.f.wrapper, i.bar]), message, submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const files = inputs.map((i) => (i.f.input as HTMLInputElement).files?.[0]);
    if (files.some((f) => !f)) {
      message.textContent = L('กรุณาเลือกไฟล์ทั้งสองไฟล์', 'Choose both files');
      return;
    }
    submit.setAttribute('disabled', '');
    try {
      const hashes = await Promise.all(files.map((f) => sha256Hex(f!)));
      const started = await api<StartedSubmission>('POST', `/award-programmes/${params.year}/submissions`, {
        files: Object.fromEntries(inputs.map((i, n) => [i.slot, { sha256: hashes[n], size: files[n]!.size }])),
      });
      await Promise.all(inputs.map((i, n) => uploadFile(started.uploads[i.slot]!, files[n]!, (x) => i.bar.setAttribute('value', String(x)))));
      await api('POST', `/award-submissions/${started.submissionId}/submit`);
      navigate(`#/hospital/awards/${params.year}?t=${Date.now()}`);
    } catch (err) {
      message.textContent = err instanceof ApiProblem ? showProblem(err.problem, Object.fromEntries(inputs.map((i) => [`files.${i.slot}`, i.f]))).join(' ') : L('อัปโหลดไม่สำเร็จ', 'Upload failed');
    } finally {
      submit.removeAttribute('disabled');
    }
  });
  const receipt = mine
    ? h(
        'div',
        { class: 'card', id: 'receipt' },
        h('h2', {}, L('ใบสมัครของท่าน', 'Your submission')),
        h('p', {}, h('span', { class: `badge ${mine.status}`, id: 'submission-status' }, mine.status === 'received' ? L('ได้รับแล้ว ทันกำหนด', 'Received on time') : mine.status === 'late' ? L('ส่งพ้นกำหนด', 'Late') : L('ยังไม่ได้ส่ง', 'Not submitted'))),
        mine.receivedAt ? h('p', {}, L('ได้รับเมื่อ', 'Received'), ': ', showDate(mine.receivedAt, true)) : null,
        ...Object.entries(mine.files).filter(([, f]) => f.sha256).map(([slot, f]) => h('p', { class: 'hint' }, `${slot}: SHA-256 ${f.sha256}`)),
        mine.status === 'received' || mine.status === 'late'
          ? h('button', { type: 'button', class: 'button secondary', id: 'receipt-pdf', onclick: () => void downloadFile(`/award-submissions/${mine!.submissionId}/receipt.pdf`, 'application/pdf', `receipt-${mine!.submissionId}.pdf`) }, L('ดาวน์โหลดใบรับสมัคร (PDF)', 'Download the receipt (PDF)'))
          : null,
      )
    : null;
  return h('section', {}, h('h1', {}, L(`สมัครรางวัลสถานพยาบาลในดวงใจ ปี ${showYearBE(p.yearBE)}`, `Hospital of the Heart ${showYearBE(p.yearBE)}: apply`)), programmeSummary(p), receipt, mine?.status === 'received' ? null : form);
});

const DOCUMENT_NAMES = { applicationForm: ['ใบสมัคร', 'Application form'], selfAssessment: ['แบบประเมินตนเอง', 'Self-assessment'] } as const;

/** A link per received document: asks the API for a 5-minute link (audited), then the browser saves the PDF. */
function documentLinks(r: SubmissionRow, out: HTMLElement): HTMLElement {
  return h(
    'span',
    { class: 'documents' },
    ...r.documents.map((d) => {
      const [th, en] = DOCUMENT_NAMES[d.document];
      const label = L(th, en);
      if (d.status === 'missing') return h('span', { class: 'badge late' }, L(`ยังไม่ได้รับ${label}`, `${label} missing`));
      return h('a', {
        href: '#',
        class: 'document-link',
        onclick: (e: Event) => {
          e.preventDefault();
          api<DocumentLink>('GET', `/award-submissions/${r.submissionId}/documents/${d.document}`)
            .then((link) => window.location.assign(link.url))
            .catch((err: unknown) => {
              if (err instanceof ApiProblem) out.textContent = err.problem.title;
            });
        },
      }, `${label} (PDF)`);
    }),
  );
}

/**
 * An awards officer attaches the scans a postal or e-mail entry still lacks: a PDF per missing
 * document, sent through fresh upload links (scan-uploads) and then attached (scans, checked like
 * online files); the list is drawn again and shows the entry complete once both are in. One scan
 * may go before the other.
 */
function scanForm(r: SubmissionRow, yearBE: number): HTMLElement {
  const inputs = r.documents
    .filter((d) => d.status === 'missing')
    .map(({ document }) => {
      const [th, en] = DOCUMENT_NAMES[document];
      const input = h('input', { type: 'file', accept: 'application/pdf,.pdf' });
      return { document, f: field(`scan-${r.submissionId}-${document}`, L(`สแกน${th} (PDF ไม่เกิน 10 MB)`, `${en} scan (PDF, max 10 MB)`), input) };
    });
  const message = h('p', { role: 'status', class: 'scan-result' });
  const submit = h('button', { type: 'submit', class: 'button secondary' }, L('แนบไฟล์สแกน', 'Attach the scans'));
  const form = h('form', { class: 'form scan-form', id: `scan-form-${r.submissionId}` }, ...inputs.map((i) => i.f.wrapper), message, submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    for (const i of inputs) setFieldError(i.f, undefined);
    const chosen = inputs.flatMap((i) => {
      const file = (i.f.input as HTMLInputElement).files?.[0];
      return file ? [{ ...i, file }] : [];
    });
    if (!chosen.length) {
      message.textContent = L('กรุณาเลือกไฟล์สแกนอย่างน้อยหนึ่งไฟล์', 'Choose at least one scan');
      return;
    }
    // the API checks the bytes (%PDF-) after they land; this spares an upload of a photo
    const notPdf = chosen.filter((c) => c.file.type !== 'application/pdf' && !/\.pdf$/i.test(c.file.name));
    if (notPdf.length) {
      for (const c of notPdf) setFieldError(c.f, L('ไฟล์ต้องเป็น PDF', 'The file must be a PDF'));
      return;
    }
    submit.setAttribute('disabled', '');
    try {
      const { uploads } = await api<ScanUploads>('POST', `/award-submissions/${r.submissionId}/scan-uploads`);
      await Promise.all(
        chosen.map((c) => {
          const slot = uploads[c.document];
          return slot ? uploadFile(slot, c.file, () => undefined) : Promise.reject(new Error('no upload slot'));
        }),
      );
      await api('POST', `/award-submissions/${r.submissionId}/scans`);
      navigate(`#/staff/awards/${yearBE}?t=${Date.now()}`);
    } catch (err) {
      message.textContent = err instanceof ApiProblem ? showProblem(err.problem, Object.fromEntries(inputs.map((i) => [`files.${i.document}`, i.f]))).join(' ') : L('อัปโหลดไม่สำเร็จ', 'Upload failed');
    } finally {
      submit.removeAttribute('disabled');
    }
  });
  return form;
}

/** Which committee panels have not finished scoring (awards officers): per panel, then per entry. */
function panelProgressView(progress: PanelProgress): HTMLElement {
  const names = new Map(progress.panels.map((x) => [x.panelId, L(x.nameTh, x.nameEn)]));
  const pending = progress.entries.filter((e) => e.unfinishedPanels.length);
  return h(
    'section',
    { id: 'panel-progress' },
    h('h2', {}, L('ความคืบหน้าการให้คะแนนของคณะกรรมการ', 'Committee panels: scoring progress')),
    h('ul', {}, ...progress.panels.map((x) => h('li', {}, `${names.get(x.panelId)}: `, x.finished ? L('ครบแล้ว', 'finished') : L(`ยังไม่ครบ ${x.unfinishedEntries.length} ใบสมัคร`, `${x.unfinishedEntries.length} entries still to score`)))),
    pending.length ? h('ul', { id: 'panel-progress-entries' }, ...pending.map((e) => h('li', {}, `${e.submissionId}: ${e.unfinishedPanels.map((id) => names.get(id) ?? id).join(', ')}`))) : null,
  );
}

page('/staff/awards/:year', async ({ params }) => {
  const s = requireRole(['awards-officer', 'committee']);
  if (!s) return h('p');
  const p = await api<Programme>('GET', `/award-programmes/${params.year}`);
  const rows = await api<SubmissionRow[]>('GET', `/award-programmes/${params.year}/submissions`);
  const isOfficer = s.user.roles.includes('awards-officer');
  // the officer sees the panels' progress once a draft exists (and after each allocation below)
  const progressBox = h('div', {});
  if (isOfficer) {
    api<AwardResults>('GET', `/award-programmes/${params.year}/results`)
      .then((r) => r.progress && progressBox.replaceChildren(panelProgressView(r.progress)))
      .catch(() => undefined);
  }
  const out = h('p', { role: 'status', id: 'staff-award-result' });
  const postal = {
    hospitalCode: field('postal-hospital', L('รหัสสถานพยาบาล', 'Hospital code'), h('input', { inputmode: 'numeric' })),
    postmarkDate: field('postal-postmark', L('วันประทับตราไปรษณีย์ (พ.ศ. หรือ ค.ศ. เช่น 10/07/2570)', 'Postmark date (BE or CE)'), h('input', { placeholder: datePattern() })),
    receivedDate: field('postal-received', L('วันที่ได้รับ', 'Date received'), h('input', { placeholder: datePattern() })),
  };
  const postalForm = h('form', { class: 'form', id: 'postal-form' }, h('h2', {}, L('บันทึกใบสมัครทางไปรษณีย์', 'Record a postal submission')), ...Object.values(postal).map((f) => f.wrapper), h('button', { class: 'button', type: 'submit' }, L('บันทึก', 'Record')));
  postalForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const r = await api<OfflineSubmission>('POST', `/award-programmes/${params.year}/postal-submissions`, { hospitalCode: postal.hospitalCode.input.value.trim(), postmarkDate: postal.postmarkDate.input.value.trim(), receivedDate: postal.receivedDate.input.value.trim() });
      out.textContent = r.status === 'late' ? L('บันทึกแล้ว: ส่งพ้นกำหนด', 'Recorded: late') : L('บันทึกแล้ว: ทันกำหนด', 'Recorded: on time');
    } catch (err) {
      if (err instanceof ApiProblem) out.textContent = showProblem(err.problem, postal).join(' ');
    }
  });
  const email = {
    hospitalCode: field('email-hospital', L('รหัสสถานพยาบาล', 'Hospital code'), h('input', { inputmode: 'numeric' })),
    emailReceivedAt: field('email-received', L('วันเวลาที่อีเมลมาถึง (เวลาประเทศไทย)', 'When the e-mail arrived (Bangkok time)'), h('input', { placeholder: dateTimePattern(), autocomplete: 'off' })),
  };
  const emailForm = h('form', { class: 'form', id: 'email-form' }, h('h2', {}, L('บันทึกใบสมัครทางอีเมล', 'Record an e-mailed submission')), ...Object.values(email).map((f) => f.wrapper), h('button', { class: 'button', type: 'submit' }, L('บันทึก', 'Record')));
  emailForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      // typed in the reader's era; what cannot be read goes as typed, for the API to say why
      const typed = email.emailReceivedAt.input.value.trim();
      const at = typed ? (readDateTimeField(typed) ?? typed) : '';
      const r = await api<OfflineSubmission>('POST', `/award-programmes/${params.year}/email-submissions`, { hospitalCode: email.hospitalCode.input.value.trim(), emailReceivedAt: at });
      out.textContent = r.status === 'late' ? L('บันทึกแล้ว: ส่งพ้นกำหนด', 'Recorded: late') : L('บันทึกแล้ว: ทันกำหนด', 'Recorded: on time');
    } catch (err) {
      if (err instanceof ApiProblem) out.textContent = showProblem(err.problem, email).join(' ');
    }
  });
  const ext = {
    hospitalCode: field('ext-hospital', L('รหัสสถานพยาบาล', 'Hospital code'), h('input', { inputmode: 'numeric' })),
    deadline: field('ext-deadline', L('กำหนดส่งใหม่ (พ.ศ. หรือ ค.ศ.)', 'New deadline (BE or CE)'), h('input', { placeholder: datePattern() })),
    reason: field('ext-reason', L('เหตุผล', 'Reason'), h('input', {})),
  };
  const extForm = h('form', { class: 'form', id: 'extension-form' }, h('h2', {}, L('ขยายเวลาส่งให้สถานพยาบาล', 'Extend one hospital deadline')), ...Object.values(ext).map((f) => f.wrapper), h('button', { class: 'button', type: 'submit' }, L('ขยายเวลา', 'Extend')));
  extForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await api('POST', `/award-programmes/${params.year}/extensions`, { hospitalCode: ext.hospitalCode.input.value.trim(), deadline: ext.deadline.input.value.trim(), reason: ext.reason.input.value.trim() });
      navigate(`#/staff/awards/${params.year}?t=${Date.now()}`);
    } catch (err) {
      if (err instanceof ApiProblem) out.textContent = showProblem(err.problem, ext).join(' ');
    }
  });
  const publishNow = h('button', { type: 'button', class: 'button secondary', id: 'results-publish' }, L('ประกาศผล', 'Publish'));
  publishNow.addEventListener('click', async () => {
    try {
      await api('POST', `/award-programmes/${params.year}/results`, { publish: true });
      navigate(`#/awards/${params.year}/results`);
    } catch (err) {
      if (!(err instanceof ApiProblem)) return;
      // PANELS_UNFINISHED names each panel still scoring (panels.<id>); the panels' progress (drawn with a draft) says which entries
      const panels = err.problem.errors.filter((e) => e.path.startsWith('panels.')).map((e) => e.path.slice('panels.'.length));
      out.textContent = panels.length ? `${err.problem.title}: ${panels.join(', ')}` : err.problem.title;
    }
  });
  const publish = h('button', { type: 'button', class: 'button secondary', id: 'results-draft' }, L('จัดสรรรางวัล (ฉบับร่าง)', 'Allocate (draft)'));
  publish.addEventListener('click', async () => {
    try {
      const r = await api<DraftResults>('POST', `/award-programmes/${params.year}/results`, {});
      progressBox.replaceChildren(panelProgressView(r.progress));
      out.textContent = L(`ร่างผล: ${r.awards.length} รางวัล รวม ${baht(r.totalPrizeThb)}`, `Draft: ${r.awards.length} awards, ${baht(r.totalPrizeThb)}`);
    } catch (err) {
      if (err instanceof ApiProblem) out.textContent = err.problem.title;
    }
  });
  return h(
    'section',
    {},
    h('h1', {}, L(`ใบสมัครรางวัลสถานพยาบาลในดวงใจ ปี ${showYearBE(p.yearBE)}`, `Hospital of the Heart ${showYearBE(p.yearBE)}: submissions`)),
    h(
      'table',
      { id: 'award-submissions' },
      h('tr', {}, ...[L('สถานพยาบาล', 'Hospital'), L('ช่องทาง', 'Channel'), L('สถานะ', 'Status'), L('ได้รับเมื่อ', 'Received'), L('ขยายเวลา', 'Extension'), L('เอกสาร', 'Documents'), L('การดำเนินการ', 'Action')].map((c) => h('th', {}, c))),
      ...rows.map((r) =>
        h(
          'tr',
          {},
          h('td', {}, `${r.hospitalCode} ${name({ nameTh: r.hospitalNameTh, nameEn: r.hospitalNameEn })}`),
          h('td', {}, r.channel === 'online' ? L('ออนไลน์', 'Online') : r.channel === 'post' ? L('ไปรษณีย์', 'Post') : L('อีเมล', 'E-mail')),
          h('td', {}, h('span', { class: `badge ${r.status}` }, r.status === 'received' ? L('ทันกำหนด', 'On time') : r.status === 'late' ? L('ล่าช้า', 'Late') : L('ร่าง', 'Draft'))),
          h('td', {}, r.receivedAt ? showDate(r.receivedAt, r.channel !== 'post') : '–', r.postmarkDate ? L(` (ประทับตรา ${showDate(r.postmarkDate)})`, ` (postmark ${showDate(r.postmarkDate)})`) : ''),
          h('td', {}, r.extension ? `${showDate(r.extension.deadline)} — ${r.extension.reason}` : '–'),
          h('td', {}, r.complete ? '' : h('span', { class: 'badge late' }, L('เอกสารไม่ครบ', 'Incomplete')), ' ', documentLinks(r, out)),
          h(
            'td',
            {},
            s.user.roles.includes('committee') && r.status === 'received' && r.complete ? h('a', { href: `#/staff/awards/${p.yearBE}/score/${r.submissionId}`, class: 'button secondary' }, L('ให้คะแนน', 'Score')) : '',
            isOfficer && r.channel !== 'online' && !r.complete ? scanForm(r, p.yearBE) : null,
          ),
        ),
      ),
    ),
    out,
    isOfficer ? postalForm : null,
    isOfficer ? emailForm : null,
    isOfficer ? extForm : null,
    isOfficer ? h('div', { class: 'menu' }, publish, publishNow, h('a', { class: 'button secondary', href: `#/awards/${p.yearBE}/results` }, L('ดูผลรางวัล', 'See results'))) : null,
    isOfficer ? progressBox : null,
  );
});

page('/awards/:year/results', async ({ params }) => {
  const p = await api<Programme>('GET', `/award-programmes/${params.year}`);
  let results: AwardResults | undefined;
  try {
    results = await api<AwardResults>('GET', `/award-programmes/${params.year}/results`);
  } catch (err) {
    if (!(err instanceof ApiProblem)) throw err;
  }
  return h(
    'section',
    {},
    h('h1', {}, L(`ผลรางวัลสถานพยาบาลในดวงใจ ปี ${showYearBE(p.yearBE)}`, `Hospital of the Heart ${showYearBE(p.yearBE)}: results`)),
    !results
      ? h('p', { id: 'results-pending' }, isPast(p.announceOn) ? L(`ประกาศผลเมื่อวันที่ ${showDate(p.announceOn)} (ยังไม่มีผลในระบบนี้)`, `Announced on ${showDate(p.announceOn)} (the results are not in this system)`) : L(`จะประกาศผลในวันที่ ${showDate(p.announceOn)}`, `Results will be announced on ${showDate(p.announceOn)}`))
      : h(
          'div',
          {},
          results.status !== 'published' ? h('p', { class: 'badge late' }, L('ฉบับร่าง ยังไม่ประกาศ', 'Draft, not published')) : null,
          h(
            'table',
            { id: 'honour-roll' },
            h('tr', {}, h('th', {}, L('ประเภทรางวัล', 'Category')), h('th', {}, L('สถานพยาบาล', 'Hospital')), h('th', {}, L('เงินรางวัล', 'Prize'))),
            ...results.awards.map((a) => h('tr', {}, h('td', {}, name({ nameTh: a.categoryNameTh, nameEn: a.categoryNameEn })), h('td', {}, name({ nameTh: a.hospitalNameTh, nameEn: a.hospitalNameEn }) || a.hospitalCode), h('td', {}, baht(a.prizeThb)))),
            h('tr', {}, h('th', {}, L('รวม', 'Total')), h('th', {}, ''), h('th', { id: 'total-prize' }, baht(results.totalPrizeThb))),
          ),
        ),
  );
});


page('/staff/awards/:year/score/:submissionId', async ({ params }) => {
  const s = requireRole(['committee']);
  if (!s) return h('p');
  const p = await api<Programme>('GET', `/award-programmes/${params.year}`);
  const { scores: others } = await api<VisibleScores>('GET', `/award-submissions/${params.submissionId}/scores`);
  const inputs = p.criteria.map((c) => ({ c, f: field(`criterion-${c.id}`, `${name(c)} (0–${c.maxScore}, ${L('น้ำหนัก', 'weight')} ${c.weight})`, h('input', { type: 'number', min: 0, max: c.maxScore, step: '0.5' })) }));
  const supports = h('input', { type: 'checkbox', id: 'supports' });
  const out = h('p', { role: 'status', id: 'score-result' });
  const form = h(
    'form',
    { class: 'form', id: 'score-form' },
    h('h1', {}, L('ให้คะแนน', 'Score'), ' ', params.submissionId ?? ''),
    ...inputs.map((i) => i.f.wrapper),
    h('label', {}, supports, ' ', L('สถานพยาบาลนี้ให้การสนับสนุนงานประกันสังคม (รางวัลพิเศษ)', 'This hospital supports SSO work (special award)')),
    out,
    h('button', { type: 'submit', class: 'button' }, L('บันทึกคะแนน', 'Save scores')),
    others.length ? h('p', { class: 'hint' }, L('คะแนนของกรรมการ: ', 'Members\' scores: '), others.map((o) => `${o.memberId} (${o.panel}) ${o.weighted.toFixed(1)}`).join(', ')) : h('p', { class: 'hint' }, L('จะเห็นคะแนนของกรรมการท่านอื่นหลังให้คะแนนแล้ว', 'You see the other members\' scores after scoring')),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const r = await api<SavedScore>('PUT', `/award-submissions/${params.submissionId}/scores/${s.user.userId}`, {
        criteria: Object.fromEntries(inputs.map((i) => [i.c.id, Number(i.f.input.value)])),
        supportsSsoWork: supports.checked,
      });
      out.className = 'ok';
      out.textContent = L(`บันทึกแล้ว คะแนนถ่วงน้ำหนัก ${r.weighted.toFixed(1)}`, `Saved: weighted score ${r.weighted.toFixed(1)}`);
    } catch (err) {
      if (err instanceof ApiProblem) out.textContent = showProblem(err.problem, Object.fromEntries(inputs.map((i) => [`criteria.${i.c.id}`, i.f]))).join(' ');
    }
  });
  return form;
});
