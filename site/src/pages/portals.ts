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

/**
 * The order of the menus, whatever order their pages' modules happened to load in (they load when
 * first visited): by these paths, then as added.
 */
const MENU_ORDER = ['/hospital/credentials', '/hospital/awards', '/staff/credentials', '/staff/dead-mail', '/staff/inactivity', '/staff/complaints', '/staff/complaints/new', '/staff/reports', '/staff/awards', '/staff/calendar', '/staff/accounts', '/staff/audit', '/staff/registry', '/staff/offices', '/staff/topics', '/staff/sla-policy'];
function rank(e: MenuEntry): number {
  const path = e.href.replace(/^#/, '');
  const exact = MENU_ORDER.indexOf(path);
  if (exact >= 0) return exact;
  const prefix = MENU_ORDER.findIndex((p) => path.startsWith(`${p}/`));
  return prefix >= 0 ? prefix : MENU_ORDER.length;
}

function menu(entries: MenuEntry[]) {
  const roles = session()?.user.roles ?? [];
  const visible = entries.filter((e) => !e.roles || e.roles.some((r) => roles.includes(r))).sort((a, b) => rank(a) - rank(b));
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
