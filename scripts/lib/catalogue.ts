/**
 * The papers of the default catalogue, as the tag checks need them.
 *
 * TODO(lead): replace with the real parser — read content/sources (or CATALOG_SOURCES) through io.ts, parse and
 * merge the listings, and return the merged records' ids/titles/abstracts. This TEMPORARY version reads the rough
 * /tmp/corpus.json so the tags work could proceed in parallel with the parser.
 */
import { readFile } from 'node:fs/promises';
import { paperId } from './records/ids.ts';

export interface CataloguePaper {
  id: string;
  title: string;
  abstract: string;
}

// TODO(lead): replace with the real parser
export async function loadPapers(): Promise<CataloguePaper[]> {
  const raw = JSON.parse(await readFile('/tmp/corpus.json', 'utf8')) as { title: string; abstract: string }[];
  const byId = new Map<string, CataloguePaper>();
  for (const p of raw) byId.set(paperId(p.title), { id: paperId(p.title), title: p.title, abstract: p.abstract });
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// TODO(lead): replace with the real parser
export async function loadPaperIds(): Promise<Set<string>> {
  return new Set((await loadPapers()).map((p) => p.id));
}
