// Which language a person reads: Thai unless they ask for English.
export type Lang = 'th' | 'en';

/** Picks the language from an Accept-Language header: English only when it is preferred over Thai. */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'th';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.split('=')[1]) : 1 };
    })
    .filter((x) => x.tag && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('th')) return 'th';
    if (tag.startsWith('en')) return 'en';
  }
  return 'th';
}
