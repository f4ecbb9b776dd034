// The site's entry: fonts and styles, language, session, pages and the router loop.
import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/600.css';
import './styles.css';
import { ApiProblem } from './api';
import { h, render } from './dom';
import { showDate } from './dates';
import { lang, setLang, t, translate } from './i18n';
import { resolve } from './router';
import { adminNoticesBanner } from './notices';
import { initSessionUi, refreshSession } from './session-ui';
import './pages/home';
import './pages/login';
import './pages/portals';
import './pages/credentials';
import './pages/inactivity';
import './pages/complaints';
import './pages/awards';
import './pages/calendar';
import './pages/passwords';
import './pages/accounts';
import './pages/audit';
import './pages/registry';
import './pages/reference-admin';

const main = document.getElementById('main')!;

let shown = 0;

async function show(): Promise<void> {
  // a slow page must not paint over the page the user moved on to
  const turn = ++shown;
  const hash = location.hash || '#/';
  const match = resolve(hash);
  const banner = adminNoticesBanner(hash);
  let node: Node;
  try {
    node = match ? await match.page(match.ctx) : h('section', {}, h('h1', {}, t('notFound')));
  } catch (err) {
    node = h('section', {}, h('h1', {}, err instanceof ApiProblem ? err.problem.title : t('networkError')));
  }
  const notices = await banner;
  if (turn !== shown) return;
  render(main, ...(notices ? [notices] : []), node);
  main.focus({ preventScroll: true });
}

function applyLanguage(): void {
  document.documentElement.lang = lang();
  document.getElementById('lang')!.textContent = lang() === 'th' ? 'EN' : 'ไทย';
  document.getElementById('today')!.textContent = showDate(new Date());
  translate();
  refreshSession();
}

document.getElementById('lang')!.addEventListener('click', () => {
  setLang(lang() === 'th' ? 'en' : 'th');
  applyLanguage();
  void show();
});

window.addEventListener('hashchange', () => void show());
applyLanguage();
initSessionUi();
void show();
