/**
 * Where a URL in the built site points: outside (not fetched), nowhere we check (mailto:, data:…), or a file in dist
 * plus an optional fragment. Knows the base path, so `/papers/x/` on a site built for `/atlas/` is caught as broken.
 */
export type Target =
  | { kind: 'external' }
  | { kind: 'ignored' }
  | { kind: 'outside-base'; path: string }
  | { kind: 'internal'; path: string; fragment: string };

export interface SiteLocation {
  /** Base path the site was built for, e.g. `/` or `/atlas/`. */
  base: string;
  /** Absolute site URL (`SITE_URL`); absolute links into it are checked like internal ones. */
  siteUrl?: string;
}

export function normalizeBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** URL path of a dist file: `papers/x/index.html` → `/atlas/papers/x/index.html`. */
export function fileUrlPath(file: string, base: string): string {
  return normalizeBase(base) + file;
}

export function resolveUrl(url: string, fromFile: string, loc: SiteLocation): Target {
  const base = normalizeBase(loc.base);
  if (/^(mailto|tel|data|javascript|blob):/i.test(url)) return { kind: 'ignored' };
  let parsed: URL;
  const origin = 'http://site.invalid';
  try {
    parsed = new URL(url, origin + fileUrlPath(fromFile, base));
  } catch {
    return { kind: 'internal', path: `\u0000${url}`, fragment: '' };
  }
  if (parsed.origin !== origin) {
    const site = loc.siteUrl ? new URL(loc.siteUrl) : undefined;
    if (!site || parsed.origin !== site.origin) return { kind: 'external' };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    pathname = parsed.pathname;
  }
  const fragment = parsed.hash ? safeDecode(parsed.hash.slice(1)) : '';
  if (!(pathname + '/').startsWith(base)) return { kind: 'outside-base', path: pathname };
  return { kind: 'internal', path: pathname.slice(base.length), fragment };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The dist file a site path is served from, as a static host would: directories serve their index.html. */
export function fileFor(path: string, files: ReadonlySet<string>): string | undefined {
  const clean = path.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return files.has(`${clean}index.html`) ? `${clean}index.html` : undefined;
  if (files.has(clean)) return clean;
  if (files.has(`${clean}/index.html`)) return `${clean}/index.html`;
  if (files.has(`${clean}.html`)) return `${clean}.html`;
  return undefined;
}
