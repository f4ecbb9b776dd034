// The official working calendar used by the SLA clocks: view a year; admins load or correct it.
import { api, ApiProblem, awaitJob } from '../api';
import { showDate, showYear } from '../dates';
import { h } from '../dom';
import { field, setBusy, setFieldError, statusLine } from '../forms';
import { L, lang } from '../i18n';
import { forgetNotices } from '../notices';
import { navigate, page } from '../router';
import { requireRole } from '../session-ui';
import { staffMenu } from './portals';

staffMenu.push({ href: '#/staff/calendar', th: 'ปฏิทินวันหยุดราชการ', en: 'Official holidays', roles: ['admin', 'info-center'] });

page('/staff/calendar', async ({ query }) => {
  const s = requireRole(['admin', 'info-center']);
  if (!s) return h('p');
  const year = Number(query.get('year') ?? new Date().getUTCFullYear());
  let calendar: { holidays: Array<{ date: string; nameTh: string; nameEn: string; source?: string }> } | undefined;
  try {
    calendar = await api('GET', `/calendar/${year}`);
  } catch (err) {
    if (!(err instanceof ApiProblem)) throw err;
  }
  const editor = field(
    'calendar-json',
    L('รายการวันหยุดตามประกาศ (JSON)', 'The announced list (JSON)'),
    h('textarea', { rows: 12, spellcheck: 'false' }),
    L('รายการ [{ "date": "ปปปป-ดด-วว" (ค.ศ.), "nameTh", "nameEn", "source" }] ต้องมีอย่างน้อยหนึ่งวัน', 'A list [{ "date": "YYYY-MM-DD", "nameTh", "nameEn", "source" }] with at least one holiday'),
  );
  editor.input.value = JSON.stringify(calendar?.holidays ?? [{ date: `${year}-01-01`, nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day", source: 'ประกาศสำนักนายกรัฐมนตรี' }], null, 2);
  const out = statusLine('calendar-result');
  const save = h('button', { type: 'button', class: 'button', id: 'calendar-save' }, L('บันทึกปฏิทิน', 'Save the list'));
  save.addEventListener('click', async () => {
    out.say('');
    setFieldError(editor, undefined);
    let holidays: unknown;
    try {
      holidays = JSON.parse(editor.input.value) as unknown;
    } catch {
      setFieldError(editor, L('JSON ไม่ถูกต้อง', 'Invalid JSON'));
      editor.input.focus();
      return;
    }
    setBusy(save, true);
    try {
      const saved = await api<{ jobId: string }>('PUT', `/calendar/${year}`, { holidays });
      forgetNotices();
      out.say(L('บันทึกแล้ว กำลังคำนวณกำหนดเวลาใหม่…', 'Saved; recomputing deadlines…'), true);
      // the recompute runs in the background (202 {jobId}): poll it
      const job = await awaitJob<{ recomputed: number }>(saved.jobId);
      out.say(
        job.status === 'succeeded'
          ? L(`บันทึกแล้ว คำนวณกำหนดเวลาใหม่ ${job.result?.recomputed ?? 0} เรื่อง`, `Saved; ${job.result?.recomputed ?? 0} complaints recomputed`)
          : L('บันทึกแล้ว แต่การคำนวณกำหนดเวลาใหม่ยังไม่สำเร็จ', 'Saved, but the recompute did not finish'),
        job.status === 'succeeded',
      );
    } catch (err) {
      if (!(err instanceof ApiProblem)) throw err;
      // every problem is about the list (CALENDAR_EMPTY, a bad date in holidays.3.date…): show it under the field
      setFieldError(editor, [err.problem.title, ...err.problem.errors.filter((e) => e.message !== err.problem.title).map((e) => `${e.path}: ${e.message}`)].join(' · '));
      editor.input.focus();
    } finally {
      setBusy(save, false);
    }
  });
  return h(
    'section',
    {},
    h('h1', {}, L(`ปฏิทินวันหยุดราชการ พ.ศ. ${showYear(year)}`, `Official holidays ${showYear(year)}`)),
    h('p', { class: 'menu' }, ...[year - 1, year, year + 1].map((y) => h('a', { href: `#/staff/calendar?year=${y}`, class: y === year ? 'button' : 'button secondary', 'aria-current': y === year ? 'page' : undefined, onclick: () => navigate(`#/staff/calendar?year=${y}`) }, showYear(y)))),
    calendar
      ? h('table', { id: 'holidays' }, h('caption', { class: 'sr-only' }, L('วันหยุดราชการ', 'Official holidays')), h('thead', {}, h('tr', {}, ...[L('วันที่', 'Date'), L('ชื่อวันหยุด', 'Holiday'), L('ที่มา', 'Source')].map((c) => h('th', { scope: 'col' }, c)))), ...calendar.holidays.map((d) => h('tr', {}, h('td', {}, showDate(d.date)), h('td', {}, lang() === 'th' ? d.nameTh : d.nameEn), h('td', { class: 'hint' }, d.source ?? ''))))
      : h('p', { class: 'error' }, L('ยังไม่มีปฏิทินของปีนี้: กำหนดเวลาที่ล้ำเข้าไปในปีนี้นับเฉพาะเสาร์-อาทิตย์เป็นวันหยุด (ชั่วคราว)', 'Not loaded: deadlines reaching into this year count weekends only (provisional)')),
    s.user.roles.includes('admin') ? h('div', { class: 'form' }, editor.wrapper, save, out.el) : null,
  );
});
