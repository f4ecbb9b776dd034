// Tables wider than a phone scroll inside their own region instead of the page (WCAG 1.4.10): every
// table the pages put in <main> is wrapped as it appears, and the wrapper becomes a labelled,
// focusable region (so keyboard users can scroll it) only while it actually overflows.
import { h } from './dom';

/** The region's name: the table's caption, else the heading just before it, else the page heading. */
function labelFor(table: HTMLTableElement): string {
  const caption = table.caption?.textContent?.trim();
  if (caption) return caption;
  let el: Element | null = table.parentElement;
  while (el && el.id !== 'main') {
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (/^H[1-6]$/.test(prev.tagName)) return prev.textContent?.trim() ?? '';
    }
    el = el.parentElement;
  }
  return document.querySelector('main h1')?.textContent?.trim() ?? '';
}

function update(wrapper: HTMLElement): void {
  const table = wrapper.querySelector('table');
  const overflows = wrapper.scrollWidth > wrapper.clientWidth + 1;
  if (overflows && table) {
    wrapper.setAttribute('role', 'region');
    wrapper.setAttribute('tabindex', '0');
    wrapper.setAttribute('aria-label', labelFor(table));
  } else {
    for (const a of ['role', 'tabindex', 'aria-label']) wrapper.removeAttribute(a);
  }
}

export function watchWideTables(root: HTMLElement): void {
  const resized = new ResizeObserver((entries) => entries.forEach((e) => update(e.target as HTMLElement)));
  const wrap = (table: HTMLTableElement) => {
    // a table inside a table cell (what changed, in the audit trail) scrolls with its parent
    if (table.parentElement?.classList.contains('table-scroll') || table.parentElement?.closest('table')) return;
    const wrapper = h('div', { class: 'table-scroll' });
    table.replaceWith(wrapper);
    wrapper.append(table);
    resized.observe(wrapper);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node instanceof HTMLTableElement) wrap(node);
        else if (node instanceof HTMLElement) node.querySelectorAll('table').forEach(wrap);
      }
    }
  }).observe(root, { childList: true, subtree: true });
}
