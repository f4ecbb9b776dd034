// Form building blocks: labelled fields with their hint and error line (both tied to the control by
// aria-describedby), groups of checkboxes, and showing API problems per field.
import type { Problem } from './api';
import { h } from './dom';
import { lang } from './i18n';

/** Anything with an error line: a field, or a group of checkboxes. */
export interface ErrorTarget {
  wrapper: HTMLElement;
  input: Element;
  error: HTMLElement;
}

export interface Field extends ErrorTarget {
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
}

export interface CheckboxGroup extends ErrorTarget {
  input: HTMLFieldSetElement;
  boxes: HTMLInputElement[];
  values(): string[];
}

export interface FieldOptions {
  hint?: string;
  /** Marks the field required in its label (in words, not only a star) and for assistive technology. */
  required?: boolean;
}

/** The words after a required field's label. */
const requiredMark = () => h('span', { class: 'required' }, lang() === 'th' ? ' (จำเป็น)' : ' (required)');

// No live region on a field's error line: after a submit the error summary takes the focus and
// is read once; the line is read with its field (aria-describedby) when the field is reached.
export function field(name: string, label: string, input: Field['input'], hintOrOptions?: string | FieldOptions): Field {
  const { hint, required } = typeof hintOrOptions === 'string' ? { hint: hintOrOptions, required: false } : (hintOrOptions ?? {});
  input.id = name;
  input.setAttribute('name', name);
  if (required) input.setAttribute('aria-required', 'true');
  const error = h('p', { class: 'field-error', id: `${name}-error` });
  input.setAttribute('aria-describedby', hint ? `${name}-hint ${name}-error` : `${name}-error`);
  const wrapper = h('div', { class: 'field' }, h('label', { for: name }, label, required ? requiredMark() : null), input, hint ? h('p', { class: 'hint', id: `${name}-hint` }, hint) : null, error);
  return { wrapper, input, error };
}

/**
 * A fieldset of checkboxes (legend as its label); `input` is the fieldset, so errors land on the group.
 * `required` marks the legend in words only: aria-required is not allowed on a group.
 */
export function checkboxGroup(name: string, legend: string, options: Array<{ value: string; label: string }>, hintOrOptions?: string | FieldOptions): CheckboxGroup {
  const { hint, required } = typeof hintOrOptions === 'string' ? { hint: hintOrOptions, required: false } : (hintOrOptions ?? {});
  const error = h('p', { class: 'field-error', id: `${name}-error` });
  const boxes = options.map((o) => h('input', { type: 'checkbox', name, value: o.value, id: `${name}-${o.value}` }));
  const fieldset = h(
    'fieldset',
    { class: 'choices', id: name, 'aria-describedby': hint ? `${name}-hint ${name}-error` : `${name}-error` },
    h('legend', {}, legend, required ? requiredMark() : null),
    hint ? h('p', { class: 'hint', id: `${name}-hint` }, hint) : null,
    ...options.map((o, i) => h('label', { for: `${name}-${o.value}`, class: 'choice' }, boxes[i]!, ' ', o.label)),
  );
  const wrapper = h('div', { class: 'field' }, fieldset, error);
  return { wrapper, input: fieldset, error, boxes, values: () => boxes.filter((b) => b.checked).map((b) => b.value) };
}

export function setFieldError(f: ErrorTarget, message: string | undefined): void {
  f.error.textContent = message ?? '';
  f.input.setAttribute('aria-invalid', message ? 'true' : 'false');
}

/** One line of an error summary: the message, and the field it links to (none for a form-wide problem). */
export interface FormError {
  target?: ErrorTarget;
  message: string;
  /** What to do about a form-wide problem (e.g. a link to ask for a new reset link), after its message. */
  then?: Node;
}

/** Each problem entry under its field (the rest form-wide); clears the fields' earlier errors. */
export function problemErrors(problem: Problem, fields: Record<string, ErrorTarget>): FormError[] {
  for (const f of Object.values(fields)) setFieldError(f, undefined);
  const errors: FormError[] = [];
  for (const e of problem.errors ?? []) {
    const target = fields[e.path];
    if (target && errors.some((x) => x.target === target)) continue;
    if (!target && errors.some((x) => !x.target && x.message === e.message)) continue;
    errors.push({ ...(target ? { target } : {}), message: e.message });
  }
  if (errors.length === 0) errors.push({ message: problem.title });
  return errors;
}

/** Puts each problem entry under its field; returns the messages that matched no field. */
export function showProblem(problem: Problem, fields: Record<string, ErrorTarget>): string[] {
  const errors = problemErrors(problem, fields);
  for (const e of errors) if (e.target) setFieldError(e.target, e.message);
  return errors.filter((e) => !e.target).map((e) => e.message);
}

/** The focusable control of an error target (a group's first box). */
function controlOf(target: ErrorTarget): HTMLElement {
  const el = target.input as HTMLElement;
  return el instanceof HTMLFieldSetElement ? (el.querySelector<HTMLElement>('input') ?? el) : el;
}

export interface ErrorSummary {
  el: HTMLElement;
  /** Shows the errors (each also under its field), then moves the focus to the summary; an empty list hides it. */
  show(errors: FormError[]): void;
  clear(): void;
}

/**
 * The GOV.UK error summary at the top of a form: a heading and a link to each field in error.
 * After a failed submit it takes the focus, so a screen reader reads it once (no live region:
 * focus is the announcement; a role=alert as well would read it twice, as it appears and as it is focused); a link moves the focus to its field (not the URL: the router owns the hash).
 */
export function errorSummary(id: string): ErrorSummary {
  const title = h('h2', { id: `${id}-title` }, lang() === 'th' ? 'มีข้อผิดพลาด กรุณาแก้ไขข้อมูลต่อไปนี้' : 'There is a problem');
  const list = h('ul', {});
  // no name of its own (a generic element may not have one): a screen reader reads the focused summary's text
  const el = h('div', { class: 'error-summary', id, tabindex: -1, hidden: true }, title, list);
  const clear = () => {
    el.hidden = true;
    list.replaceChildren();
  };
  return {
    el,
    clear,
    show(errors) {
      for (const e of errors) if (e.target) setFieldError(e.target, e.message);
      if (errors.length === 0) return clear();
      list.replaceChildren(
        ...errors.map((e) => {
          if (!e.target) return h('li', {}, e.message, e.then ? ' ' : null, e.then ?? null);
          const control = controlOf(e.target);
          const link = h('a', { href: `#${control.id}` }, e.message);
          link.addEventListener('click', (ev) => {
            ev.preventDefault();
            control.focus();
            control.scrollIntoView({ block: 'center' });
          });
          return h('li', {}, link);
        }),
      );
      el.hidden = false;
      el.focus();
    },
  };
}

export interface StatusLine {
  el: HTMLElement;
  /** Replaces the line's text; green when it went well, red otherwise; empty clears it. */
  say(content: string | Array<Node | string>, ok?: boolean): void;
}

/** The outcome line under a form or an action, announced by screen readers as it changes. */
export function statusLine(id: string): StatusLine {
  const el = h('p', { role: 'status', id, class: 'error', tabindex: -1 });
  return {
    el,
    say(content, ok = false) {
      el.className = ok ? 'ok' : 'error';
      el.replaceChildren(...(typeof content === 'string' ? [content] : content));
    },
  };
}

/** Disables a button while its request runs (no double submits), and enables it again. */
export function setBusy(button: HTMLButtonElement, on: boolean): void {
  if (on) button.setAttribute('disabled', '');
  else button.removeAttribute('disabled');
  button.setAttribute('aria-busy', String(on));
}
