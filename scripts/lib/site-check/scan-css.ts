/** URLs a stylesheet loads: `url(…)` and `@import "…"`; `data:` URIs are not references. */
export function cssUrls(css: string): { url: string; offset: number }[] {
  const out: { url: string; offset: number }[] = [];
  const re = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g;
  for (const m of css.matchAll(re)) {
    const url = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    if (url && !url.startsWith('data:') && !url.startsWith('#')) out.push({ url, offset: m.index });
  }
  return out;
}
