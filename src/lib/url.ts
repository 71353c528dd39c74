/**
 * Every internal link and asset path goes through here, so the site works both at `/` and under a
 * GitHub Pages project sub-path (`SITE_BASE=/atlas/`).
 */

/** Join a base (`/` or `/atlas/`, with or without trailing slash) and a site-relative path. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** Site-relative href including the configured base, e.g. `href('papers/')` → `/atlas/papers/`. */
export function href(path = ''): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}

export const paperPath = (id: string): string => `papers/${id}/`;
export const tagPath = (id: string): string => `tags/${id}/`;

/** The search page with a query prefilled; the query is URL-encoded, never spliced raw. */
export function searchPath(query?: string): string {
  return query ? `search/?q=${encodeURIComponent(query)}` : 'search/';
}
