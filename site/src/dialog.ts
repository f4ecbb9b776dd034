// A modal confirmation (the native <dialog>: focus stays inside, Escape cancels) that says what will happen.
import { h } from './dom';
import { L } from './i18n';

export function confirmAction(options: { title: string; text: string[]; confirm: string; danger?: boolean }): Promise<boolean> {
  return new Promise((resolve) => {
    const yes = h('button', { type: 'button', class: options.danger ? 'button danger' : 'button', id: 'confirm-yes' }, options.confirm);
    const no = h('button', { type: 'button', class: 'button secondary', id: 'confirm-no' }, L('ยกเลิก', 'Cancel'));
    const dialog = h(
      'dialog',
      { class: 'confirm', id: 'confirm-dialog', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text' },
      h('h2', { id: 'confirm-title' }, options.title),
      h('div', { id: 'confirm-text' }, ...options.text.map((p) => h('p', {}, p))),
      h('div', { class: 'menu' }, yes, no),
    );
    let answered = false;
    const done = (answer: boolean) => {
      if (answered) return;
      answered = true;
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    yes.addEventListener('click', () => done(true));
    no.addEventListener('click', () => done(false));
    dialog.addEventListener('close', () => done(false));
    document.body.append(dialog);
    dialog.showModal();
    // the safe choice has the focus: Enter on a stray key press cancels
    no.focus();
  });
}
