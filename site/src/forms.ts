// Form building blocks: labelled fields with their error line, and showing API problems per field.
import type { Problem } from './api';
import { h } from './dom';

export interface Field {
  wrapper: HTMLElement;
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  error: HTMLElement;
}

export function field(name: string, label: string, input: Field['input'], hint?: string): Field {
  input.id = name;
  input.setAttribute('name', name);
  const error = h('p', { class: 'field-error', id: `${name}-error`, 'aria-live': 'polite' });
  input.setAttribute('aria-describedby', `${name}-error`);
  const wrapper = h('div', { class: 'field' }, h('label', { for: name }, label), input, hint ? h('p', { class: 'hint' }, hint) : null, error);
  return { wrapper, input, error };
}

export function setFieldError(f: Field, message: string | undefined): void {
  f.error.textContent = message ?? '';
  f.input.setAttribute('aria-invalid', message ? 'true' : 'false');
}

/** Puts each problem entry under its field; returns the messages that matched no field. */
export function showProblem(problem: Problem, fields: Record<string, Field>): string[] {
  for (const f of Object.values(fields)) setFieldError(f, undefined);
  const unmatched: string[] = [];
  for (const e of problem.errors ?? []) {
    const f = fields[e.path];
    if (f) setFieldError(f, e.message);
    else unmatched.push(e.message);
  }
  if ((problem.errors ?? []).length === 0) unmatched.push(problem.title);
  return unmatched;
}
