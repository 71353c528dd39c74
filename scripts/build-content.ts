/**
 * The content pipeline: raw listings → records → enriched records → one MDX page per paper.
 * `run()` reads like a table of contents; each step is a pure function in scripts/lib/<step>/, and only
 * scripts/lib/io.ts touches the disk. Every input problem is found before anything is written.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readListings, syncDirectory } from './lib/io.ts';
import { parseListings } from './lib/listing/parse-listings.ts';
import { mergeEntries } from './lib/records/merge-entries.ts';
import { paperToMdx } from './lib/mdx/write-paper.ts';
import { stage } from './lib/progress.ts';
import { InputError, printProblems } from './lib/report.ts';
import type { ListingFile, PaperRecord } from './lib/types.ts';

export interface ContentPaths {
  /** Folder of raw listing .txt files. */
  sources: string;
  /** Where generated MDX pages go (read by src/content.config.ts). */
  papers: string;
}

const DEFAULT_SOURCES = 'content/sources';

export function contentPaths(env: NodeJS.ProcessEnv = process.env): ContentPaths {
  return {
    sources: env.CATALOG_SOURCES || DEFAULT_SOURCES,
    papers: env.CATALOG_PAPERS_DIR || 'content/papers',
  };
}

/** Listings → merged records. Pure; throws InputError naming every file:line it cannot understand. */
export function ingest(listings: ListingFile[]): PaperRecord[] {
  return mergeEntries(parseListings(listings));
}

/** Records → records with math, tags and cross-links. Pure. */
export function enrich(papers: PaperRecord[]): PaperRecord[] {
  return papers;
}

/** Records → MDX file contents by file name. Pure. */
export function renderPages(papers: PaperRecord[]): Map<string, string> {
  return new Map(papers.map((p) => [`${p.id}.mdx`, paperToMdx(p)]));
}

/** The whole content build: used by `npm run build` and runnable alone as `npm run ingest`. */
export async function buildContent(paths: ContentPaths = contentPaths()): Promise<{ papers: number }> {
  const listings = await stage('read listings', () => readListings(paths.sources), (l) => `${l.length} files from ${paths.sources}`);
  const merged = await stage('ingest', () => ingest(listings), (p) => `${p.length} papers`);
  const papers = await stage('enrich', () => enrich(merged));
  const pages = await stage('mdx-render', () => renderPages(papers));
  await stage('mdx-write', () => syncDirectory(paths.papers, pages), (r) => `${r.written} written, ${r.unchanged} unchanged, ${r.removed} removed in ${paths.papers}`);
  return { papers: papers.length };
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  buildContent().catch((error: unknown) => {
    if (error instanceof InputError) printProblems(error.problems);
    else console.error(error);
    process.exit(1);
  });
}
