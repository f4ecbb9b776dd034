// Which page module serves which paths: read by main.ts (to load a page's code on its first visit)
// and by site/vite.config.ts at build time (to preload the first page's code from index.html).
// Plain data, no imports: the config loads it outside the site's bundle.

const STAFF = /^\/staff$/;
/** The portals (`/hospital`, `/staff`) load every module that adds to their menus. */
const PORTALS = /^\/(hospital|staff)$/;

/** Each page module (its file under `pages/`) and the paths whose pages it registers, in the order the modules always loaded. */
export const PAGE_ROUTES = [
  ['login', [/^\/login$/]],
  ['credentials', [/^\/(hospital\/credentials|credentials|staff\/credentials)(\/|$)/, PORTALS]],
  ['inactivity', [/^\/staff\/(inactivity|dead-mail)$/, STAFF]],
  ['complaints', [/^\/(complaints|staff\/complaints|staff\/reports)(\/|$)/, STAFF]],
  ['awards', [/^\/(awards|hospital\/awards|staff\/awards)(\/|$)/, PORTALS]],
  ['calendar', [/^\/staff\/calendar$/, STAFF]],
  ['passwords', [/^\/(activate|forgot-password|reset-password|account\/password)$/]],
  ['accounts', [/^\/staff\/accounts(\/|$)/, STAFF]],
  ['audit', [/^\/staff\/audit$/, STAFF]],
  ['registry', [/^\/staff\/registry$/, STAFF]],
  ['reference-admin', [/^\/staff\/(offices|topics|sla-policy)(\/|$)/, STAFF]],
] as const satisfies ReadonlyArray<readonly [string, readonly RegExp[]]>;

export type PageModule = (typeof PAGE_ROUTES)[number][0];

/** A route hash's path (`#/complaints/track?x` → `/complaints/track`), without a trailing slash. */
export const routePath = (hash: string): string => (hash.replace(/^#/, '').split('?')[0] ?? '/').replace(/(.)\/+$/, '$1') || '/';
