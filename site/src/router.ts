// Hash routes (`#/staff/credentials`), so the static site needs no server rewrites anywhere.
export interface PageContext {
  params: Record<string, string>;
  query: URLSearchParams;
}
export type Page = (ctx: PageContext) => Promise<Node> | Node;

const table: Array<{ pattern: RegExp; names: string[]; page: Page }> = [];

/** Registers a page; each capability adds its own pages. */
export function page(path: string, render: Page): void {
  const names: string[] = [];
  const pattern = new RegExp(`^${path.replace(/:(\w+)/g, (_, n: string) => (names.push(n), '([^/]+)'))}$`);
  table.push({ pattern, names, page: render });
}

export function resolve(hash: string): { page: Page; ctx: PageContext } | undefined {
  const [raw = '/', search = ''] = hash.replace(/^#/, '').split('?');
  // `#/complaints/track/` (an empty code) is the tracking form, not a missing page
  const path = raw.length > 1 ? raw.replace(/\/+$/, '') : raw;
  for (const entry of table) {
    const m = entry.pattern.exec(path || '/');
    if (m) {
      return {
        page: entry.page,
        ctx: { params: Object.fromEntries(entry.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])), query: new URLSearchParams(search) },
      };
    }
  }
  return undefined;
}

export const navigate = (hash: string) => {
  location.hash = hash;
};
