/**
 * Base-aware URLs for the publishing pieces (feeds, citations, BibTeX, robots). Pure, so the same function serves
 * Astro endpoints, components and the tests. `base` is Astro's BASE_URL, which may come with or without a trailing
 * slash depending on `trailingSlash`; joining here makes that irrelevant.
 */

import { joinBase, paperPath, tagPath } from './url.ts';

/** `/atlas/` + `papers/x/` → `/atlas/papers/x/`: the site's one base-path join (src/lib/url.ts). */
export const withBase = joinBase;
export { paperPath, tagPath };

/** Absolute URL of a site path, for places that leave the site (feeds, canonical links, BibTeX, robots.txt). */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string {
  const rel = withBase(base, path);
  // Without a configured `site` the best we can do is a root-relative URL; astro.config.mjs always sets one.
  return site ? new URL(rel, site).href : rel;
}

export const paperBibPath = (id: string) => `papers/${id}.bib`;
export const tagFeedPath = (id: string) => `tags/${id}/rss.xml`;
export const siteFeedPath = 'rss.xml';
export const catalogueBibPath = 'catalogue.bib';
