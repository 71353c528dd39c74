/**
 * Where tags and curation live. Curation files describe the default catalogue only: a build from other listings
 * (CATALOG_SOURCES) must not fail on paper ids it does not contain, unless CATALOG_CURATION names a folder for it.
 */
export const TAXONOMY_FILE = 'content/tags.yml';
export const DEFAULT_CURATION_DIR = 'content/curation';

/** The curation folder to apply, or undefined when curation does not apply to this catalogue. */
export function curationDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CATALOG_CURATION) return env.CATALOG_CURATION;
  if (env.CATALOG_SOURCES) return undefined;
  return DEFAULT_CURATION_DIR;
}
