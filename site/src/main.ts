// The site's entry: styles (with the fonts), language, session, pages and the router loop.
import './styles.css';
import { ApiProblem, session } from './api';
import { h, render } from './dom';
import { showDate } from './dates';
import { lang, setLang, t, translate } from './i18n';
import { resolve } from './router';
import { PAGE_ROUTES, routePath, type PageModule } from './routes';
import { initSessionUi, refreshSession } from './session-ui';
import { watchWideTables } from './wide-tables';
import './pages/home';
import './pages/portals';

/**
 * The other pages load when first visited (a phone on a slow network downloads the front page's
 * code only): `PAGE_ROUTES` (routes.ts) names the paths each module serves. The first page's
 * module and its imports are already downloading beside this script: index.html preloads them
 * from the hash (the build writes that map, site/vite.config.ts).
 */
const LOADERS: Record<PageModule, () => Promise<unknown>> = {
  login: () => import('./pages/login'),
  credentials: () => import('./pages/credentials'),
  inactivity: () => import('./pages/inactivity'),
  complaints: () => import('./pages/complaints'),
  awards: () => import('./pages/awards'),
  calendar: () => import('./pages/calendar'),
  passwords: () => import('./pages/passwords'),
  accounts: () => import('./pages/accounts'),
  audit: () => import('./pages/audit'),
  registry: () => import('./pages/registry'),
  'reference-admin': () => import('./pages/reference-admin'),
};
const PAGE_MODULES: Array<[readonly RegExp[], () => Promise<unknown>]> = PAGE_ROUTES.map(([name, paths]) => [paths, LOADERS[name]]);

/** Loads the modules of a route's pages, all at once (the portals' menus sort their entries, `MENU_ORDER`). */
async function loadPagesFor(hash: string): Promise<void> {
  const path = routePath(hash);
  const wanted = PAGE_MODULES.filter(([paths]) => paths.some((p) => p.test(path)));
  // a path no entry names (a page not yet listed here) still gets its page if some module registers it
  const modules = wanted.length || resolve(hash) ? wanted : PAGE_MODULES;
  await Promise.all(modules.map(([, load]) => load()));
}

/** A page's code starts loading when a link to it is pointed at or focused, before the click. */
function warmUp(e: Event): void {
  const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[href^="#/"]') : null;
  if (link) loadPagesFor(link.getAttribute('href')!).catch(() => undefined);
}
document.addEventListener('pointerover', warmUp);
document.addEventListener('focusin', warmUp);

/** The admins' notices banner: its code loads only for an admin on a staff page. */
const noticesFor = (hash: string): Promise<HTMLElement | null> =>
  hash.startsWith('#/staff') && session()?.user.roles.includes('admin') ? import('./notices').then((m) => m.adminNoticesBanner(hash)) : Promise.resolve(null);

const main = document.getElementById('main')!;

let shown = 0;
/** The first page is not an in-app move: focus stays at the top, so the skip link is the first stop. */
let firstPage = true;

/** A route hash (`#/…`); anything else (`#main`) is an in-page anchor, not a page. */
const isRoute = (hash: string) => hash === '' || hash.startsWith('#/');

async function show(moveFocus = true): Promise<void> {
  // a slow page must not paint over the page the user moved on to
  const turn = ++shown;
  const hash = isRoute(location.hash) ? location.hash || '#/' : '#/';
  main.setAttribute('aria-busy', 'true');
  const banner = noticesFor(hash);
  let node: Node;
  try {
    await loadPagesFor(hash);
    const match = resolve(hash);
    node = match ? await match.page(match.ctx) : h('section', {}, h('h1', {}, t('notFound')));
  } catch (err) {
    node = h('section', {}, h('h1', {}, err instanceof ApiProblem ? err.problem.title : t('networkError')));
  }
  const notices = await banner;
  if (turn !== shown) return;
  render(main, ...(notices ? [notices] : []), node);
  main.removeAttribute('aria-busy');
  const heading = main.querySelector<HTMLElement>('h1');
  // every page names itself in the tab and in the history
  document.title = `${heading?.textContent?.trim() || t('appName')} · ${t('appName')} ${t('orgName')}`;
  closeMenu();
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.nav a')) {
    const here = hash === link.hash || hash.startsWith(`${link.hash}/`) || hash.startsWith(`${link.hash}?`);
    if (here) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (firstPage || !moveFocus) {
    firstPage = false;
    return;
  }
  // an in-app move: start reading at the new page's heading, as a page load would start at its top
  const target = heading ?? main;
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function applyLanguage(): void {
  document.documentElement.lang = lang();
  const switcher = document.getElementById('lang')!;
  // the visible text names the language it switches to, in that language; its accessible name is that text
  switcher.textContent = lang() === 'th' ? 'English' : 'ไทย';
  switcher.setAttribute('lang', lang() === 'th' ? 'en' : 'th');
  document.getElementById('today')!.textContent = showDate(new Date());
  document.querySelector('meta[name="description"]')?.setAttribute('content', t('metaDescription'));
  translate();
  refreshSession();
}

/** The phone header's menu: a disclosure button; on wide screens the menu is always shown. */
const menuButton = document.getElementById('menu-button');
function closeMenu(): void {
  menuButton?.setAttribute('aria-expanded', 'false');
}
menuButton?.addEventListener('click', () => {
  menuButton.setAttribute('aria-expanded', String(menuButton.getAttribute('aria-expanded') !== 'true'));
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && menuButton?.getAttribute('aria-expanded') === 'true') {
    closeMenu();
    menuButton.focus();
  }
});

// the skip link moves focus to the content without touching the hash (the router's)
document.querySelector<HTMLAnchorElement>('a.skip')?.addEventListener('click', (e) => {
  e.preventDefault();
  const heading = main.querySelector<HTMLElement>('h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  (heading ?? main).focus();
});

document.getElementById('lang')!.addEventListener('click', () => {
  setLang(lang() === 'th' ? 'en' : 'th');
  applyLanguage();
  // the same page in the other language: focus stays on the switch
  void show(false);
});

window.addEventListener('hashchange', () => {
  // an in-page anchor (a skip link without script, `#main`) is not a new page
  if (isRoute(location.hash)) void show();
});
watchWideTables(main);
applyLanguage();
initSessionUi();
void show();
