/**
 * Check 1: every internal href/src/srcset (and CSS url()) resolves to a file in dist, and every `#fragment` names an
 * id on the target page. External links are counted, not fetched (the build must pass offline).
 */
import type { Problem } from '../report.ts';
import type { PageScan, Ref } from './scan-html.ts';
import { fileFor, resolveUrl, type SiteLocation } from './resolve-url.ts';

export interface LinkStats {
  internal: number;
  external: number;
}

export interface RefSource {
  /** dist-relative file the references appear in. */
  file: string;
  refs: Ref[];
}

/**
 * `pages` maps each HTML file to its scan (for fragment ids); `sources` are all files with references (HTML and CSS);
 * `files` is every file in dist; `distLabel` prefixes paths in problems so they are clickable from the repo root.
 */
export function checkLinks(
  sources: RefSource[],
  pages: ReadonlyMap<string, PageScan>,
  files: ReadonlySet<string>,
  loc: SiteLocation,
  distLabel = 'dist',
): { problems: Problem[]; stats: LinkStats } {
  const problems: Problem[] = [];
  const stats: LinkStats = { internal: 0, external: 0 };
  for (const { file, refs } of sources) {
    for (const ref of refs) {
      const target = resolveUrl(ref.url, file, loc);
      if (target.kind === 'ignored') continue;
      if (target.kind === 'external') {
        stats.external++;
        continue;
      }
      stats.internal++;
      const where = { file: `${distLabel}/${file}`, line: ref.line, col: ref.col };
      if (target.kind === 'outside-base') {
        problems.push({ ...where, message: `${ref.via} "${ref.url}" is outside the base path ${loc.base} (a link that ignores the base path)` });
        continue;
      }
      const resolved = fileFor(target.path, files);
      if (!resolved) {
        problems.push({ ...where, message: `${ref.via} "${ref.url}" is broken: no file for /${target.path} in ${distLabel}` });
        continue;
      }
      if (target.fragment && target.fragment !== 'top') {
        const page = pages.get(resolved);
        if (page && !page.ids.has(target.fragment)) {
          problems.push({ ...where, message: `${ref.via} "${ref.url}": no element with id "${target.fragment}" on ${resolved}` });
        }
      }
    }
  }
  return { problems, stats };
}
