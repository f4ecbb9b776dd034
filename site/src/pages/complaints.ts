// Complaints: the public form and tracking page, and the staff queue, case page and reports.
import { api, ApiProblem, downloadFile, session } from '../api';
import { showDate } from '../dates';
import { h } from '../dom';
import { field, setFieldError, showProblem, type Field } from '../forms';
import { lang } from '../i18n';
import { SLA_STAGE_NAMES, type Words } from '../labels';
import { navigate, page } from '../router';
import { requireRole } from '../session-ui';
import { staffMenu } from './portals';

const L = (th: string, en: string) => (lang() === 'th' ? th : en);
const STAFF = ['info-center', 'area-office', 'medical-bureau', 'legal', 'admin'];

staffMenu.push(
  { href: '#/staff/complaints', th: 'เรื่องร้องเรียน', en: 'Complaints', roles: STAFF },
  { href: '#/staff/complaints/new', th: 'บันทึกเรื่องร้องเรียน (สายด่วน/จดหมาย/อีเมล/walk-in)', en: 'Enter a complaint (hotline/letter/e-mail/walk-in)', roles: ['info-center', 'area-office', 'admin'] },
  { href: '#/staff/reports', th: 'รายงานเรื่องร้องเรียน', en: 'Complaint reports', roles: STAFF },
);

const STAGES: Record<string, Words> = SLA_STAGE_NAMES;
const STATUS: Record<string, { th: string; en: string }> = {
  open: { th: 'กำลังดำเนินการ', en: 'In progress' },
  paused: { th: 'หยุดนับเวลาชั่วคราว', en: 'Paused' },
  closed: { th: 'ยุติเรื่องแล้ว', en: 'Closed' },
  done: { th: 'เสร็จแล้ว', en: 'Done' },
  cancelled: { th: 'ไม่ต้องดำเนินการ', en: 'Not needed' },
};
const OUTCOMES: Record<string, { th: string; en: string }> = {
  resolved: { th: 'แก้ไขแล้ว', en: 'Resolved' },
  mediated: { th: 'ไกล่เกลี่ยแล้ว', en: 'Mediated' },
  unfounded: { th: 'ข้อเท็จจริงไม่เป็นไปตามที่ร้องเรียน', en: 'Unfounded' },
  referred: { th: 'ส่งต่อหน่วยงานอื่น', en: 'Referred' },
  withdrawn: { th: 'ถอนเรื่อง', en: 'Withdrawn' },
};
const EVENTS: Record<string, { th: string; en: string }> = {
  received: { th: 'รับเรื่อง', en: 'received' },
  routed: { th: 'ส่งต่อหน่วยงาน', en: 'routed' },
  acknowledged: { th: 'ติดต่อผู้ร้องแล้ว', en: 'acknowledged' },
  reported: { th: 'แจ้งผลผู้ร้องแล้ว', en: 'reported to complainant' },
  paused: { th: 'หยุดนับเวลา', en: 'paused' },
  resumed: { th: 'นับเวลาต่อ', en: 'resumed' },
  closed: { th: 'ยุติเรื่อง', en: 'closed' },
  note: { th: 'บันทึก', en: 'note' },
  escalated: { th: 'ขอความร่วมมือหน่วยงาน', en: 'escalated' },
  rerouted: { th: 'เปลี่ยนหน่วยงานรับผิดชอบ', en: 'rerouted' },
  reminded: { th: 'แจ้งเตือนใกล้ครบกำหนด', en: 'reminder sent' },
  breached: { th: 'เกินกำหนด ส่งเรื่องถึงผู้บังคับบัญชา', en: 'deadline missed, escalated' },
};
const CHANNELS: Record<string, { th: string; en: string }> = {
  web: { th: 'เว็บไซต์', en: 'Web' },
  hotline: { th: 'สายด่วน 1506', en: 'Hotline 1506' },
  email: { th: 'อีเมล', en: 'E-mail' },
  letter: { th: 'จดหมาย', en: 'Letter' },
  'walk-in': { th: 'มาติดต่อด้วยตนเอง', en: 'Walk-in' },
};

function complaintForm(staff: boolean): HTMLElement {
  const topics = h('select', {}, h('option', { value: '' }, L('— เลือกหัวข้อ —', '— choose —')));
  void api<Array<{ code: string; nameTh: string; nameEn: string }>>('GET', '/complaint-topics').then((list) =>
    topics.append(...list.map((tp) => h('option', { value: tp.code }, lang() === 'th' ? tp.nameTh : tp.nameEn))),
  );
  const hospitals = h('datalist', { id: 'hospital-list' });
  void api<Array<{ code: string; nameTh: string; nameEn: string }>>('GET', '/hospitals').then((list) =>
    hospitals.append(...list.map((x) => h('option', { value: x.code }, `${x.code} ${lang() === 'th' ? x.nameTh : x.nameEn}`))),
  );
  const fields: Record<string, Field> = {
    ...(staff
      ? {
          channel: field('channel', L('ช่องทาง', 'Channel'), h('select', {}, ...['hotline', 'letter', 'email', 'walk-in'].map((c) => h('option', { value: c }, CHANNELS[c]![lang()])))),
          receivedAt: field('receivedAt', L('วันเวลาที่รับเรื่อง', 'Received at'), h('input', { type: 'datetime-local' })),
        }
      : {}),
    hospitalCode: field('hospitalCode', L('สถานพยาบาล (รหัส 7 หลัก หรือพิมพ์ชื่อเพื่อค้นหา)', 'Hospital (7-digit code, or type to search)'), h('input', { list: 'hospital-list', inputmode: 'numeric' })),
    topic: field('topic', L('เรื่องที่ร้องเรียน', 'Topic'), topics),
    description: field('description', L('รายละเอียด', 'What happened'), h('textarea', { rows: 6, maxlength: 5000 })),
    'complainant.name': field('complainant.name', L('ชื่อ-นามสกุลผู้ร้องเรียน', 'Your name'), h('input', { autocomplete: 'name' })),
    'complainant.phone': field('complainant.phone', L('โทรศัพท์ (ถ้ามี)', 'Phone (optional)'), h('input', { type: 'tel', autocomplete: 'tel' })),
    'complainant.email': field('complainant.email', L('อีเมล (ถ้ามี จะแจ้งความคืบหน้าทางอีเมล)', 'E-mail (optional; we write to you there)'), h('input', { type: 'email', autocomplete: 'email' })),
  };
  const error = h('p', { class: 'error', role: 'alert', id: 'complaint-error' });
  const form = h(
    'form',
    { class: 'form', novalidate: true, id: 'complaint-form' },
    h('h1', {}, staff ? L('บันทึกเรื่องร้องเรียน', 'Enter a complaint') : L('ร้องเรียนการให้บริการของสถานพยาบาล', 'Complain about a hospital')),
    h('p', { class: 'hint' }, L('ข้อมูลส่วนบุคคลของท่านจะใช้เพื่อติดต่อกลับเรื่องนี้เท่านั้น', 'Your personal data is used only to follow up this complaint')),
    ...Object.values(fields).map((f) => f.wrapper),
    hospitals,
    error,
    h('button', { type: 'submit', class: 'button' }, L('ส่งเรื่องร้องเรียน', 'Send')),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = (k: string) => fields[k]?.input.value.trim() ?? '';
    let missing = false;
    for (const k of ['hospitalCode', 'topic', 'description', 'complainant.name']) {
      setFieldError(fields[k]!, v(k) ? undefined : L('กรุณากรอกข้อมูลช่องนี้', 'This field is required'));
      missing ||= !v(k);
    }
    if (missing) return;
    const body = {
      channel: staff ? v('channel') : 'web',
      hospitalCode: v('hospitalCode'),
      topic: v('topic'),
      description: v('description'),
      complainant: { name: v('complainant.name'), ...(v('complainant.phone') ? { phone: v('complainant.phone') } : {}), ...(v('complainant.email') ? { email: v('complainant.email') } : {}) },
      ...(staff && v('receivedAt') ? { receivedAt: new Date(v('receivedAt')).toISOString() } : {}),
    };
    try {
      const filed = await api<{ complaintId: string; trackingCode: string }>('POST', '/complaints', body);
      navigate(staff ? `#/staff/complaints/${filed.complaintId}` : `#/complaints/track/${filed.trackingCode}?new=1`);
    } catch (err) {
      error.textContent = err instanceof ApiProblem ? showProblem(err.problem, fields).join(' ') : '';
    }
  });
  return form;
}

page('/complaints/new', () => complaintForm(false));
page('/staff/complaints/new', () => (requireRole(['info-center', 'area-office', 'admin']) ? complaintForm(true) : h('p')));

interface Tracked {
  trackingCode: string;
  status: string;
  receivedAt: string;
  office: { officeCode: string; nameTh?: string; nameEn?: string };
  stages: Array<{ stage: string; dueAt: string; status: string; doneAt?: string; provisional: boolean }>;
  closedAt?: string;
  outcome?: string;
}

page('/complaints/track', () => {
  const code = field('trackingCode', L('รหัสติดตาม', 'Tracking code'), h('input', { placeholder: 'XXXXX-XXXXX', autocomplete: 'off' }));
  const form = h('form', { class: 'form narrow' }, h('h1', {}, L('ติดตามเรื่องร้องเรียน', 'Follow a complaint')), code.wrapper, h('button', { type: 'submit', class: 'button' }, L('ค้นหา', 'Find')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate(`#/complaints/track/${encodeURIComponent(code.input.value.trim())}`);
  });
  return form;
});

page('/complaints/track/:code', async ({ params, query }) => {
  const t = await api<Tracked>('GET', `/complaints/track/${encodeURIComponent(params.code ?? "")}`);
  return h(
    'section',
    { class: 'card', id: 'tracking' },
    query.get('new') ? h('p', { class: 'ok', role: 'status' }, L('ได้รับเรื่องร้องเรียนของท่านแล้ว กรุณาเก็บรหัสติดตามไว้', 'Your complaint was received; keep the tracking code')) : null,
    h('h1', {}, L('เรื่องร้องเรียน', 'Complaint'), ' ', h('span', { id: 'tracking-code' }, t.trackingCode)),
    h('p', {}, h('span', { class: `badge ${t.status}`, id: 'tracking-status' }, STATUS[t.status]![lang()])),
    h('p', {}, L('รับเรื่องเมื่อ', 'Received'), ': ', showDate(t.receivedAt, true)),
    h('p', {}, L('หน่วยงานที่รับผิดชอบ', 'Responsible office'), ': ', (lang() === 'th' ? t.office.nameTh : t.office.nameEn) ?? t.office.officeCode),
    h(
      'table',
      {},
      h('tr', {}, h('th', {}, L('ขั้นตอน', 'Step')), h('th', {}, L('กำหนด', 'Due')), h('th', {}, L('สถานะ', 'Status'))),
      ...t.stages.map((s) => h('tr', {}, h('td', {}, STAGES[s.stage]![lang()]), h('td', {}, showDate(s.dueAt, true), s.provisional ? L(' (ชั่วคราว)', ' (provisional)') : ''), h('td', {}, STATUS[s.status]![lang()], s.doneAt ? ` ${showDate(s.doneAt, true)}` : ''))),
    ),
    t.closedAt ? h('p', {}, L('ยุติเรื่องเมื่อ', 'Closed'), ': ', showDate(t.closedAt, true), ' — ', OUTCOMES[t.outcome ?? '']?.[lang()] ?? '') : null,
  );
});

/** "2 วัน 3 ชม." until (or since) a due time. */
function countdown(dueAt: string): { text: string; overdue: boolean } {
  const ms = Date.parse(dueAt) - Date.now();
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86400_000);
  const hours = Math.floor((abs % 86400_000) / 3600_000);
  const span = days > 0 ? L(`${days} วัน ${hours} ชม.`, `${days}d ${hours}h`) : L(`${hours} ชม.`, `${hours}h`);
  return ms >= 0 ? { text: L(`อีก ${span}`, `in ${span}`), overdue: false } : { text: L(`เกิน ${span}`, `${span} overdue`), overdue: true };
}

interface QueueItem {
  complaintId: string;
  trackingCode: string;
  channel: string;
  hospitalCode: string;
  officeCode: string;
  topic: string;
  status: string;
  receivedAt: string;
  complainant: string;
  stages: Tracked['stages'];
  breaches: string[];
}

page('/staff/complaints', async ({ query }) => {
  if (!requireRole(STAFF)) return h('p');
  const status = query.get('status') ?? 'open';
  const items = await api<QueueItem[]>('GET', `/complaints?status=${status}`);
  return h(
    'section',
    {},
    h('h1', {}, L('เรื่องร้องเรียน', 'Complaints'), session()?.user.officeCode ? ` — ${session()!.user.officeCode}` : ''),
    h('p', { class: 'menu' }, ...['open', 'paused', 'closed'].map((s) => h('a', { href: `#/staff/complaints?status=${s}`, class: s === status ? 'button' : 'button secondary' }, STATUS[s]![lang()]))),
    items.length === 0
      ? h('p', {}, L('ไม่มีเรื่องในสถานะนี้', 'Nothing here'))
      : h(
          'table',
          { id: 'complaint-queue' },
          h('tr', {}, ...[L('รหัสติดตาม', 'Tracking'), L('รับเมื่อ', 'Received'), L('สถานพยาบาล', 'Hospital'), L('สำนักงาน', 'Office'), L('ช่องทาง', 'Channel'), L('ขั้นตอนถัดไป', 'Next step')].map((c) => h('th', {}, c))),
          ...items.map((c) => {
            const next = c.stages.find((s) => s.status === 'open');
            const cd = next ? countdown(next.dueAt) : undefined;
            return h(
              'tr',
              { class: cd?.overdue ? 'overdue' : '' },
              h('td', {}, h('a', { href: `#/staff/complaints/${c.complaintId}` }, c.trackingCode)),
              h('td', {}, showDate(c.receivedAt, true)),
              h('td', {}, c.hospitalCode),
              h('td', {}, c.officeCode),
              h('td', {}, CHANNELS[c.channel]?.[lang()] ?? c.channel),
              h('td', {}, next ? h('span', {}, STAGES[next.stage]![lang()], ' ', h('span', { class: `badge ${cd!.overdue ? 'overdue' : 'ok'}` }, cd!.text)) : '–'),
            );
          }),
        ),
  );
});

interface CaseDetail extends Omit<QueueItem, 'complainant'> {
  description: string;
  complainant: { name: string; phone?: string; email?: string };
  outcome?: string;
  involvedUnits: string[];
  timeline: Array<{ type: string; at: string; actor: string; note?: string; reason?: string; to?: string; stage?: string; outcome?: string }>;
  sla: Array<Tracked['stages'][number] & { overdue: boolean; breached: boolean }>;
}

page('/staff/complaints/:id', async ({ params }) => {
  if (!requireRole(STAFF)) return h('p');
  const c = await api<CaseDetail>('GET', `/complaints/${params.id}`);
  const note = field('note', L('ข้อความ / ผลการดำเนินการ', 'Note / outcome text'), h('textarea', { rows: 3 }));
  const reason = field('reason', L('เหตุผล', 'Reason'), h('select', {}, ...['', 'awaiting-hospital-explanation', 'awaiting-complainant', 'awaiting-documents', 'awaiting-other-agency'].map((r) => h('option', { value: r }, r || '—'))));
  const to = field('to', L('ส่งต่อ/ขอความร่วมมือ', 'Escalate to'), h('select', {}, ...['', 'LEGAL', 'MSB', ...Array.from({ length: 12 }, (_, i) => `BKK-${String(i + 1).padStart(2, '0')}`)].map((r) => h('option', { value: r }, r || '—'))));
  const outcome = field('outcome', L('ผลการยุติเรื่อง', 'Outcome'), h('select', {}, h('option', { value: '' }, '—'), ...Object.entries(OUTCOMES).map(([k, v]) => h('option', { value: k }, v[lang()]))));
  const result = h('p', { role: 'status', id: 'action-result' });
  const run = async (action: string) => {
    const body: Record<string, string> = { action };
    for (const [k, f] of Object.entries({ note, reason, to, outcome })) if (f.input.value.trim()) body[k] = f.input.value.trim();
    if (action === 'escalate' && body.reason === undefined && body.note) body.reason = body.note;
    try {
      await api('POST', `/complaints/${c.complaintId}/actions`, body);
      navigate(`#/staff/complaints/${c.complaintId}?t=${Date.now()}`);
    } catch (err) {
      if (err instanceof ApiProblem) result.textContent = showProblem(err.problem, { note, reason, to, outcome }).join(' ');
    }
  };
  const button = (action: string, label: string) => h('button', { type: 'button', class: 'button secondary', id: `action-${action}`, onclick: () => void run(action) }, label);
  return h(
    'section',
    {},
    h('h1', {}, L('เรื่องร้องเรียน', 'Complaint'), ' ', c.trackingCode),
    h('p', {}, h('span', { class: `badge ${c.status}` }, STATUS[c.status]![lang()]), ' ', c.officeCode, ' · ', c.hospitalCode, ' · ', CHANNELS[c.channel]?.[lang()] ?? ''),
    h('p', {}, c.description),
    h('p', { class: 'hint' }, `${c.complainant.name}${c.complainant.phone ? ` · ${c.complainant.phone}` : ''}${c.complainant.email ? ` · ${c.complainant.email}` : ''}`),
    h('h2', {}, L('กำหนดเวลา', 'Deadlines')),
    h(
      'table',
      { id: 'sla' },
      ...c.sla.map((s) =>
        h('tr', { class: s.overdue || s.breached ? 'overdue' : '' }, h('td', {}, STAGES[s.stage]![lang()]), h('td', {}, showDate(s.dueAt, true)), h('td', {}, STATUS[s.status]![lang()], s.breached ? L(' · เกินกำหนด', ' · breached') : '', s.status === 'open' ? ` · ${countdown(s.dueAt).text}` : '')),
      ),
    ),
    c.status !== 'closed'
      ? h(
          'div',
          { class: 'form' },
          note.wrapper,
          reason.wrapper,
          to.wrapper,
          outcome.wrapper,
          h(
            'div',
            { class: 'menu' },
            button('acknowledge', L('รับเรื่อง/ติดต่อผู้ร้องแล้ว', 'Acknowledge')),
            button('note', L('บันทึก', 'Add note')),
            button('report-to-complainant', L('แจ้งผลผู้ร้อง', 'Report to complainant')),
            c.status === 'paused' ? button('resume', L('นับเวลาต่อ', 'Resume')) : button('pause', L('หยุดนับเวลา', 'Pause')),
            button('escalate', L('ส่งต่อ', 'Escalate')),
            button('close', L('ยุติเรื่อง', 'Close')),
          ),
          result,
        )
      : h('p', {}, L('ผล', 'Outcome'), ': ', OUTCOMES[c.outcome ?? '']?.[lang()] ?? ''),
    h('h2', {}, L('ลำดับเหตุการณ์', 'Timeline')),
    h('ol', { id: 'timeline' }, ...c.timeline.map((e) => h('li', {}, `${showDate(e.at, true)} — ${EVENTS[e.type]?.[lang()] ?? e.type}${e.stage ? ` (${STAGES[e.stage]?.[lang()] ?? e.stage})` : ''}${e.to ? ` → ${e.to}` : ''} · ${e.actor}${e.note ? `: ${e.note}` : ''}${e.reason ? ` [${e.reason}]` : ''}`))),
  );
});

interface Report {
  itemsRead: number;
  hospitals: Array<{ key: string; total: number; open: number; closed: number; slaBreaches: number; byTopic: Record<string, number>; byOutcome: Record<string, number> }>;
  offices: Report['hospitals'];
  total: Report['hospitals'][number];
}

page('/staff/reports', async ({ query }) => {
  if (!requireRole(STAFF)) return h('p');
  const month = query.get('month') ?? new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
  const fiscalYear = query.get('fiscalYear');
  const qs = fiscalYear ? `fiscalYear=${fiscalYear}` : `month=${month}`;
  const report = await api<Report>('GET', `/reports/complaints?${qs}`);
  const max = Math.max(1, ...report.hospitals.map((r) => r.total));
  const bar = (n: number) => {
    const el = h('span', { class: 'bar' });
    el.style.width = `${(n / max) * 100}%`;
    return el;
  };
  const name = `complaints-${fiscalYear ? `FY${fiscalYear}` : month}`;
  const download = h('button', { type: 'button', class: 'button secondary', id: 'csv' }, L('ดาวน์โหลด CSV', 'Download CSV'));
  download.addEventListener('click', () => void downloadFile(`/reports/complaints?${qs}`, 'text/csv', `${name}.csv`));
  const downloadPdf = h('button', { type: 'button', class: 'button secondary', id: 'pdf' }, L('ดาวน์โหลด PDF', 'Download PDF'));
  downloadPdf.addEventListener('click', () => void downloadFile(`/reports/complaints?${qs}`, 'application/pdf', `${name}.pdf`));
  const monthInput = h('input', { type: 'month', value: month, id: 'report-month' });
  monthInput.addEventListener('change', () => navigate(`#/staff/reports?month=${monthInput.value}`));
  return h(
    'section',
    {},
    h('h1', {}, L('รายงานเรื่องร้องเรียน', 'Complaint report'), ' ', fiscalYear ? L(`ปีงบประมาณ ${fiscalYear}`, `fiscal year ${fiscalYear}`) : showDate(`${month}-01`).replace(/^1 /, '')),
    h('div', { class: 'menu' }, monthInput, download, downloadPdf),
    h('p', {}, L(`ทั้งหมด ${report.total.total} เรื่อง · ยุติแล้ว ${report.total.closed} · เกินกำหนด ${report.total.slaBreaches} ครั้ง`, `${report.total.total} complaints · ${report.total.closed} closed · ${report.total.slaBreaches} SLA breaches`)),
    h(
      'table',
      { id: 'report-hospitals' },
      h('tr', {}, ...[L('สถานพยาบาล', 'Hospital'), L('จำนวน', 'Total'), '', L('ยุติแล้ว', 'Closed'), L('เกินกำหนด', 'Breaches'), L('ตามหัวข้อ', 'By topic')].map((c) => h('th', {}, c))),
      ...report.hospitals.map((r) => h('tr', {}, h('td', {}, r.key), h('td', {}, r.total), h('td', { class: 'chart' }, bar(r.total)), h('td', {}, r.closed), h('td', {}, r.slaBreaches), h('td', {}, Object.entries(r.byTopic).map(([k, v]) => `${k}: ${v}`).join(', ')))),
    ),
  );
});
