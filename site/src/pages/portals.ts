// The hospital portal and the staff console: menus that each capability fills with its pages.
import { session } from '../api';
import { h } from '../dom';
import { lang, t } from '../i18n';
import { page } from '../router';

export interface MenuEntry {
  href: string;
  th: string;
  en: string;
  /** Roles that see the entry; none means everyone who reaches the portal. */
  roles?: string[];
}

export const hospitalMenu: MenuEntry[] = [];
export const staffMenu: MenuEntry[] = [];

function menu(entries: MenuEntry[]) {
  const roles = session()?.user.roles ?? [];
  const visible = entries.filter((e) => !e.roles || e.roles.some((r) => roles.includes(r)));
  return h('ul', { class: 'menu' }, ...visible.map((e) => h('li', {}, h('a', { href: e.href, class: 'button secondary' }, e[lang()]))));
}

page('/hospital', () => h('section', {}, h('h1', {}, t('hospitalTitle')), menu(hospitalMenu)));

page('/staff', () => {
  const s = session();
  return h(
    'section',
    {},
    h('h1', {}, t('staffTitle')),
    s ? menu(staffMenu) : h('p', {}, h('a', { href: '#/login?next=%23%2Fstaff', class: 'button' }, t('loginTitle'))),
  );
});
