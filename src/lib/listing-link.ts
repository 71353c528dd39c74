/**
 * "Listed in" points at the exact line of the listing on GitHub — but only when the build read the repository's own
 * listings; a build from another folder (CATALOG_SOURCES, e.g. a test fixture) would link lines that do not exist.
 */
import path from 'node:path';
import type { RepoRef } from './edit-link.ts';

export const DEFAULT_SOURCES = 'content/sources';

/** Whether `sourcesDir` (the CATALOG_SOURCES setting, relative to `cwd` or absolute) is the repository's default. */
export function usesDefaultSources(sourcesDir: string | undefined, cwd: string): boolean {
  if (!sourcesDir) return true;
  return path.resolve(cwd, sourcesDir) === path.resolve(cwd, DEFAULT_SOURCES);
}

/** `${repo}/blob/${branch}/content/sources/<file>#L<line>`, or undefined when the build used other sources. */
export function listingLineUrl(ref: RepoRef, file: string, line: number, defaultSources: boolean): string | undefined {
  if (!defaultSources) return undefined;
  const repo = ref.repo.replace(/\/+$/, '');
  return `${repo}/blob/${encodeURIComponent(ref.branch)}/${DEFAULT_SOURCES}/${encodeURIComponent(file)}#L${line}`;
}
