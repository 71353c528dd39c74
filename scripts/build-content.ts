/**
 * The content pipeline: raw listings → records → enriched records → one MDX page per paper.
 * `run()` reads like a table of contents; each step is a pure function in scripts/lib/<step>/, and only
 * scripts/lib/io.ts touches the disk. Every input problem is found before anything is written.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContent } from './check.ts';
import { contentPaths, ingest, type ContentPaths } from './lib/catalogue.ts';
import { readListings, syncDirectory } from './lib/io.ts';
import { paperToMdx } from './lib/mdx/write-paper.ts';
import { linkMentions } from './lib/links/mentions.ts';
import { relatePapers } from './lib/links/related.ts';
import { addMath } from './lib/math/add-math.ts';
import { markEditedBodies } from './lib/records/mark-edited-bodies.ts';
import { tagPapers } from './lib/tags/tagger.ts';
import type { ValidatedContent } from './lib/tags/validate-content.ts';
import { stage } from './lib/progress.ts';
import { InputError, printProblems } from './lib/report.ts';
import type { PaperRecord } from './lib/types.ts';

export { contentPaths, ingest };

/** Records → records with math, tags and cross-links. Pure. */
export function enrich(papers: PaperRecord[], content: Pick<ValidatedContent, 'tags' | 'curation'>): PaperRecord[] {
  const steps: ((p: PaperRecord[]) => PaperRecord[])[] = [
    addMath,
    (p) => tagPapers(p, content.tags, content.curation),
    // After tags (the similarity blends tag overlap) and after math/URL segmentation (mentions only split plain text).
    (p) => relatePapers(p),
    linkMentions,
    markEditedBodies,
  ];
  return steps.reduce((acc, step) => step(acc), papers);
}

/** Records → MDX file contents by file name. Pure. */
export function renderPages(papers: PaperRecord[]): Map<string, string> {
  return new Map(papers.map((p) => [`${p.id}.mdx`, paperToMdx(p)]));
}

/** The whole content build: used by `npm run build` and runnable alone as `npm run ingest`. */
export async function buildContent(paths: ContentPaths = contentPaths()): Promise<{ papers: number }> {
  const listings = await stage('read listings', () => readListings(paths.sources), (l) => `${l.length} files from ${paths.sources}`);
  const merged = await stage('ingest', () => ingest(listings), (p) => `${p.length} papers`);
  const content = await stage('check', () => checkContent({ paperIds: new Set(merged.map((p) => p.id)) }));
  if (content.problems.length > 0) throw new InputError(content.problems);
  const papers = await stage('enrich', () => enrich(merged, content));
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
