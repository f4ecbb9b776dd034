// Form building blocks: labelled fields with their hint and error line (both tied to the control by
// aria-describedby), groups of checkboxes, and showing API problems per field.
import type { Problem } from './api';
import { h } from './dom';

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

export function field(name: string, label: string, input: Field['input'], hint?: string): Field {
  input.id = name;
  input.setAttribute('name', name);
  const error = h('p', { class: 'field-error', id: `${name}-error`, 'aria-live': 'polite' });
  input.setAttribute('aria-describedby', hint ? `${name}-hint ${name}-error` : `${name}-error`);
  const wrapper = h('div', { class: 'field' }, h('label', { for: name }, label), input, hint ? h('p', { class: 'hint', id: `${name}-hint` }, hint) : null, error);
  return { wrapper, input, error };
}

/** A fieldset of checkboxes (legend as its label); `input` is the fieldset, so errors land on the group. */
export function checkboxGroup(name: string, legend: string, options: Array<{ value: string; label: string }>, hint?: string): CheckboxGroup {
  const error = h('p', { class: 'field-error', id: `${name}-error`, 'aria-live': 'polite' });
  const boxes = options.map((o) => h('input', { type: 'checkbox', name, value: o.value, id: `${name}-${o.value}` }));
  const fieldset = h(
    'fieldset',
    { class: 'choices', id: name, 'aria-describedby': hint ? `${name}-hint ${name}-error` : `${name}-error` },
    h('legend', {}, legend),
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

/** Puts each problem entry under its field; returns the messages that matched no field. */
export function showProblem(problem: Problem, fields: Record<string, ErrorTarget>): string[] {
  for (const f of Object.values(fields)) setFieldError(f, undefined);
  const unmatched: string[] = [];
  for (const e of problem.errors ?? []) {
    const f = fields[e.path];
    if (f) setFieldError(f, e.message);
    else unmatched.push(e.message);
  }
  if ((problem.errors ?? []).length === 0) unmatched.push(problem.title);
  return [...new Set(unmatched)];
}

/** Moves focus to the first control marked invalid, so keyboard and screen reader users land on it. */
export function focusFirstInvalid(root: ParentNode): void {
  const bad = root.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!bad) return;
  (bad instanceof HTMLFieldSetElement ? bad.querySelector<HTMLElement>('input') ?? bad : bad).focus();
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
