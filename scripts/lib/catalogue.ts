/**
 * Where the catalogue's content lives and how raw listings become merged records. Shared by the build, `npm run
 * check` and `npm run suggest-tags`, so all three see exactly the same papers and ids.
 */
import { readListings } from './io.ts';
import { parseListings } from './listing/parse-listings.ts';
import { mergeEntries } from './records/merge-entries.ts';
import type { ListingFile, PaperRecord } from './types.ts';

export interface ContentPaths {
  /** Folder of raw listing .txt files (`CATALOG_SOURCES`). */
  sources: string;
  /** Where generated MDX pages go (read by src/content.config.ts). */
  papers: string;
}

export function contentPaths(env: NodeJS.ProcessEnv = process.env): ContentPaths {
  return {
    sources: env.CATALOG_SOURCES || 'content/sources',
    papers: env.CATALOG_PAPERS_DIR || 'content/papers',
  };
}

/** Listings → merged records. Pure; throws InputError naming every file:line it cannot understand. */
export function ingest(listings: ListingFile[]): PaperRecord[] {
  return mergeEntries(parseListings(listings));
}

export async function loadPapers(env: NodeJS.ProcessEnv = process.env): Promise<PaperRecord[]> {
  return ingest(await readListings(contentPaths(env).sources));
}

export async function loadPaperIds(env: NodeJS.ProcessEnv = process.env): Promise<Set<string>> {
  return new Set((await loadPapers(env)).map((p) => p.id));
}

/** What tag suggestions and checks need of a paper. */
export type CataloguePaper = Pick<PaperRecord, 'id' | 'title' | 'abstract'>;
