// The hospital registry import (admins): a CSV file read in the browser and sent as text/csv, a dry
// run first (what would be created, updated, left alone, or every bad line), then the real import.
import type * as z from 'zod';
import type { hospitalImportResult } from '../../../shared/schemas/reference-admin';
import { api, ApiProblem, type Problem } from '../api';
import { h } from '../dom';
import { field, setBusy, setFieldError, statusLine } from '../forms';
import { L } from '../i18n';
import { message } from '../labels';
import { forgetNotices } from '../notices';
import { page } from '../router';
import { requireRole } from '../session-ui';
import { staffMenu } from './portals';


staffMenu.push({ href: '#/staff/registry', th: 'นำเข้าทะเบียนสถานพยาบาล', en: 'Import the hospital registry', roles: ['admin'] });

const HEADER = 'code,hcode,nameTh,nameEn,provinceCode,kind,mainContractorCode,officeCode';
const SAMPLE = [HEADER, '1000001,10001,โรงพยาบาลตัวอย่าง,Example Hospital,10,main,,BKK-01', '1000101,10101,คลินิกตัวอย่าง,Example Clinic,10,network,1000001,BKK-01'].join('\r\n');

const COLUMNS: Array<[string, string, string]> = [
  ['code', 'รหัสสถานพยาบาลของสำนักงานประกันสังคม 7 หลัก', 'SSO hospital code, 7 digits'],
  ['hcode', 'รหัสหน่วยบริการสุขภาพ 5 หลัก', 'Health service unit code, 5 digits'],
  ['nameTh', 'ชื่อภาษาไทย', 'Thai name'],
  ['nameEn', 'ชื่อภาษาอังกฤษ', 'English name'],
  ['provinceCode', 'รหัสจังหวัด 2 หลัก (เช่น 10 กรุงเทพมหานคร)', 'Province code, 2 digits (10 is Bangkok)'],
  ['kind', 'main (สถานพยาบาลหลัก) หรือ network (สถานพยาบาลเครือข่าย)', 'main or network'],
  ['mainContractorCode', 'รหัสสถานพยาบาลหลัก (เฉพาะสถานพยาบาลเครือข่าย)', "The main contractor's code (network hospitals only)"],
  ['officeCode', 'สำนักงานที่รับผิดชอบ เช่น BKK-01, PRV-50', 'The responsible office, e.g. BKK-01, PRV-50'],
];

type ImportResult = z.output<typeof hospitalImportResult>;
/** A refused file's lines: the problem's errors, each with its line and column. */
type LineError = Problem['errors'][number];

const MAX_FILE_BYTES = 5 * 1024 * 1024;

page('/staff/registry', () => {
  if (!requireRole(['admin'])) return h('p');
  let csv: string | undefined;
  const file = field('registry-file', L('ไฟล์ทะเบียนสถานพยาบาล (CSV, UTF-8)', 'Registry file (CSV, UTF-8)'), h('input', { type: 'file', accept: '.csv,text/csv' }), L('บรรทัดแรกต้องเป็นหัวตารางตามรูปแบบด้านล่าง', 'The first line is the header row shown below'));
  const check = h('button', { type: 'button', class: 'button', id: 'registry-check' }, L('ตรวจสอบไฟล์ (ยังไม่บันทึก)', 'Check the file (saves nothing)'));
  const apply = h('button', { type: 'button', class: 'button', id: 'registry-apply', hidden: true }, L('ยืนยันนำเข้า', 'Import it'));
  const status = statusLine('registry-status');
  const report = h('div', { id: 'registry-report', 'aria-live': 'polite' });

  const download = h('button', { type: 'button', class: 'button secondary', id: 'registry-template' }, L('ดาวน์โหลดไฟล์ตัวอย่าง', 'Download a template'));
  download.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob(['\uFEFF', SAMPLE, '\r\n'], { type: 'text/csv;charset=utf-8' }));
    const a = h('a', { href: url, download: 'hospital-registry-template.csv' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });

  // the hash is the router's, so the link to the format section scrolls by hand
  const formatLink = h('a', { href: '#/staff/registry', id: 'registry-format-link' }, L('รูปแบบไฟล์ CSV (หัวตารางและตัวอย่าง)', 'The CSV format (header row and example)'));
  formatLink.addEventListener('click', (e) => {
    e.preventDefault();
    const target = document.getElementById('registry-format');
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  });

  const summary = (r: ImportResult, done: boolean) =>
    h(
      'table',
      { id: done ? 'registry-imported' : 'registry-preview', class: 'details' },
      h('caption', {}, done ? L('นำเข้าแล้ว', 'Imported') : L('ผลการตรวจสอบ (ยังไม่ได้บันทึก)', 'Check result (nothing saved yet)')),
      ...[
        [L('จำนวนแถว', 'Rows'), r.rows, 'rows'],
        [L('เพิ่มใหม่', 'New'), r.created, 'created'],
        [L('ปรับปรุง', 'Updated'), r.updated, 'updated'],
        [L('ไม่เปลี่ยนแปลง', 'Unchanged'), r.unchanged, 'unchanged'],
      ].map(([label, n, key]) => h('tr', {}, h('th', { scope: 'row' }, String(label)), h('td', { 'data-count': String(key) }, String(n)))),
    );

  const errorTable = (errors: LineError[]) =>
    h(
      'table',
      { id: 'registry-errors' },
      h('caption', {}, L(`ข้อผิดพลาด ${errors.length} รายการ`, `${errors.length} errors`)),
      h('thead', {}, h('tr', {}, ...[L('บรรทัด', 'Line'), L('คอลัมน์', 'Column'), L('ปัญหา', 'Problem')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...errors.map((e) => h('tr', {}, h('td', { 'data-line': String(e.line ?? '') }, e.line !== undefined ? String(e.line) : '–'), h('td', {}, e.field ?? e.path ?? '–'), h('td', {}, e.message || message(e.code))))),
    );

  const run = async (dryRun: boolean, button: HTMLButtonElement) => {
    if (csv === undefined) return;
    status.say(L('กำลังส่งไฟล์…', 'Sending the file…'), true);
    setBusy(button, true);
    try {
      const r = await api<ImportResult>('POST', `/admin/hospital-imports?dryRun=${dryRun}`, csv, { contentType: 'text/csv; charset=utf-8' });
      report.replaceChildren(summary(r, !dryRun));
      if (dryRun) {
        status.say(L('ไฟล์ถูกต้อง ตรวจสอบตัวเลขด้านล่าง แล้วกด "ยืนยันนำเข้า"', 'The file is valid: check the figures below, then press "Import it"'), true);
        apply.hidden = false;
      } else {
        status.say(L(`นำเข้าทะเบียนสถานพยาบาลแล้ว ${r.rows} แถว`, `Registry imported: ${r.rows} rows`), true);
        apply.hidden = true;
        csv = undefined;
        forgetNotices();
      }
    } catch (err) {
      if (!(err instanceof ApiProblem)) throw err;
      apply.hidden = true;
      const errors = err.problem.errors;
      status.say(err.problem.title);
      report.replaceChildren(...(errors.length ? [errorTable(errors)] : []));
    } finally {
      setBusy(button, false);
      status.el.focus();
    }
  };

  file.input.addEventListener('change', async () => {
    const chosen = (file.input as HTMLInputElement).files?.[0];
    csv = undefined;
    apply.hidden = true;
    report.replaceChildren();
    status.say('');
    setFieldError(file, undefined);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) return setFieldError(file, message('PAYLOAD_TOO_LARGE'));
    csv = await chosen.text();
  });
  check.addEventListener('click', () => {
    if (csv === undefined) {
      setFieldError(file, L('กรุณาเลือกไฟล์ CSV', 'Choose a CSV file'));
      file.input.focus();
      return;
    }
    void run(true, check);
  });
  apply.addEventListener('click', () => void run(false, apply));

  return h(
    'section',
    {},
    h('h1', {}, L('นำเข้าทะเบียนสถานพยาบาล', 'Import the hospital registry')),
    h('p', { class: 'hint' }, L('ระบบตรวจทุกแถวก่อน หากมีแถวใดผิด จะไม่บันทึกข้อมูลใดเลย สถานพยาบาลที่มีอยู่แล้วจะถูกปรับปรุงตามไฟล์', 'Every line is checked first; if any is wrong nothing is saved. Hospitals already in the registry are updated from the file.')),
    h('p', {}, formatLink),
    h('div', { class: 'form' }, file.wrapper, h('div', { class: 'menu' }, check, apply), status.el),
    report,
    h(
      'section',
      { id: 'registry-format', 'aria-labelledby': 'registry-format-title', tabindex: -1 },
      h('h2', { id: 'registry-format-title' }, L('รูปแบบไฟล์ CSV', 'The CSV format')),
      h('p', {}, L('ไฟล์ข้อความ UTF-8 (บันทึกจาก Excel เป็น "CSV UTF-8") บรรทัดแรกเป็นหัวตารางดังนี้:', 'A UTF-8 text file (from Excel: "CSV UTF-8"), whose first line is this header:')),
      h('pre', { id: 'registry-header' }, HEADER),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, L('คอลัมน์', 'Column')), h('th', { scope: 'col' }, L('ความหมาย', 'Meaning')))), h('tbody', {}, ...COLUMNS.map(([c, th, en]) => h('tr', {}, h('td', {}, h('code', {}, c)), h('td', {}, L(th, en)))))),
      h('p', {}, L('ตัวอย่าง:', 'Example:')),
      h('pre', {}, SAMPLE),
      download,
    ),
  );
});
