// The hospital finder: an ARIA 1.2 combobox (list autocomplete) over GET /api/hospitals?q=, so a
// member of the public finds a hospital by part of its Thai or English name or its code, with the
// province beside each name to tell apart hospitals of the same name.
import { PROVINCES } from '../../shared/reference-data/provinces';
import type { Hospital } from '../../shared/schemas/reference';
import { api } from './api';
import { h } from './dom';
import { field, type Field, type FieldOptions } from './forms';
import { L, lang } from './i18n';

/** What the finder shows of a hospital (GET /api/hospitals answers whole hospitals). */
export type HospitalChoice = Pick<Hospital, 'code' | 'hcode' | 'nameTh' | 'nameEn' | 'provinceCode'>;

export interface HospitalCombobox extends Field {
  input: HTMLInputElement;
  /** The chosen hospital's 7-digit code, or what was typed when nothing was chosen (a code typed in full). */
  value(): string;
  /** The hospital chosen from the list, if any. */
  chosen(): HospitalChoice | undefined;
}

/** Enough to choose from; the API is asked for one more, to know there are more (then: type more). */
const SHOWN = 20;
const provinceName = (code: string) => {
  const p = PROVINCES.find((x) => x.code === code);
  return p ? p[lang() === 'th' ? 'nameTh' : 'nameEn'] : code;
};
const nameOf = (x: HospitalChoice) => (lang() === 'th' ? x.nameTh : x.nameEn);

export function hospitalCombobox(name: string, label: string, options: FieldOptions = {}): HospitalCombobox {
  const listboxId = `${name}-listbox`;
  const input = h('input', {
    type: 'text',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listboxId,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const base = field(name, label, input, {
    hint: options.hint ?? L('พิมพ์ชื่อสถานพยาบาล (ไทยหรืออังกฤษ) หรือรหัส แล้วเลือกจากรายการ', 'Type part of the hospital name (Thai or English) or its code, then choose from the list'),
    ...(options.required ? { required: true } : {}),
  });
  const listbox = h('ul', { role: 'listbox', id: listboxId, class: 'combobox-list', 'aria-label': label, hidden: true });
  // the one polite region of the field: how many were found, said after typing settles
  const status = h('p', { role: 'status', class: 'sr-only', id: `${name}-status` });
  base.wrapper.classList.add('combobox');
  input.after(listbox);
  base.wrapper.append(status);

  let results: HospitalChoice[] = [];
  let active = -1;
  let chosen: HospitalChoice | undefined;
  let turn = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (i: number) => {
    active = i;
    [...listbox.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `${name}-option-${i}`);
      listbox.children[i]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const open = () => {
    if (results.length === 0) return;
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const choose = (i: number) => {
    const x = results[i];
    if (!x) return;
    chosen = x;
    // a search still under way must not reopen the list over the choice
    clearTimeout(timer);
    turn += 1;
    input.value = `${nameOf(x)} (${provinceName(x.provinceCode)})`;
    status.textContent = L(`เลือก ${nameOf(x)} จังหวัด${provinceName(x.provinceCode)} รหัส ${x.code}`, `Chosen: ${nameOf(x)}, ${provinceName(x.provinceCode)}, code ${x.code}`);
    close();
  };
  const render = (found: HospitalChoice[]) => {
    results = found.slice(0, SHOWN);
    listbox.replaceChildren(
      ...results.map((x, i) => {
        const li = h(
          'li',
          { role: 'option', id: `${name}-option-${i}`, 'aria-selected': 'false', class: 'combobox-option' },
          h('span', { class: 'option-name' }, nameOf(x)),
          ' ',
          h('span', { class: 'option-detail' }, `${L('จังหวัด', '')}${provinceName(x.provinceCode)} · ${L('รหัส', 'code')} ${x.code}`),
        );
        // mousedown would blur the input before the click lands
        li.addEventListener('mousedown', (e) => e.preventDefault());
        li.addEventListener('click', () => choose(i));
        return li;
      }),
    );
    setActive(-1);
    // an answer that comes after the user moved on stays closed
    if (results.length > 0 && document.activeElement === input) open();
    else close();
    status.textContent =
      found.length === 0
        ? L('ไม่พบสถานพยาบาลที่ตรงกัน', 'No hospital found')
        : found.length > SHOWN
          ? L(`พบมากกว่า ${SHOWN} แห่ง แสดง ${SHOWN} แห่งแรก พิมพ์เพิ่มเพื่อให้แคบลง หรือใช้ลูกศรขึ้นลงเพื่อเลือก`, `More than ${SHOWN} found, first ${SHOWN} shown; type more to narrow, or use the arrow keys to choose`)
          : L(`พบ ${found.length} แห่ง ใช้ลูกศรขึ้นลงเพื่อเลือก`, `${found.length} found; use the arrow keys to choose`);
  };
  const search = () => {
    const q = input.value.trim();
    const mine = ++turn;
    if (q.length < 2) {
      results = [];
      listbox.replaceChildren();
      close();
      status.textContent = '';
      return;
    }
    void api<HospitalChoice[]>('GET', `/hospitals?q=${encodeURIComponent(q)}&limit=${SHOWN + 1}`)
      .then((found) => mine === turn && render(found))
      .catch(() => {
        if (mine === turn) status.textContent = L('ค้นหาสถานพยาบาลไม่ได้ในขณะนี้ กรอกรหัส 7 หลักแทนได้', 'The hospital search is not available; you may type the 7-digit code');
      });
  };

  input.addEventListener('input', () => {
    chosen = undefined;
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  input.addEventListener('keydown', (e) => {
    const expanded = !listbox.hidden;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!expanded) open();
        if (results.length) setActive(e.altKey ? active : (active + 1) % results.length);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!expanded) open();
        if (results.length) setActive(active <= 0 ? results.length - 1 : active - 1);
        break;
      case 'Enter':
        // choosing from the open list must not submit the form
        if (expanded && active >= 0) {
          e.preventDefault();
          choose(active);
        }
        break;
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          close();
        } else if (input.value) {
          e.preventDefault();
          input.value = '';
          chosen = undefined;
        }
        break;
      default:
    }
  });
  input.addEventListener('blur', () => close());

  return {
    ...base,
    input,
    value: () => chosen?.code ?? input.value.trim(),
    chosen: () => chosen,
  };
}
