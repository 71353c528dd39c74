/**
 * The seeds' text as raw material for synthetic papers. This is a rough title/abstract split that is good enough to
 * learn vocabulary and sentence shapes; it is deliberately not the pipeline's listing parser, so the benchmark input
 * does not depend on the code it measures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ListingFile } from '../lib/types.ts';

export interface SeedPaper {
  title: string;
  abstract: string;
}

export interface SeedCorpus {
  papers: SeedPaper[];
}

const HEADER_LINES = new Set([
  'new',
  'Get trending papers in your email inbox!',
  'Get trending papers in your email inbox once a day!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
  '·',
]);
const DATE_LINE = /^[A-Z][a-z]{2} \d{1,2}(, \d{4})?( \d+)?$/;
const AUTHORS_LINE = /^\s+• \d+ authors?$/;
// Abstracts are long single lines; titles are the last short line before one.
const MIN_ABSTRACT_CHARS = 200;

function isNoise(line: string): boolean {
  return line === '' || HEADER_LINES.has(line) || DATE_LINE.test(line) || AUTHORS_LINE.test(line);
}

/** Title/abstract pairs of the listings, deduplicated by exact title, in file order. */
export function corpusFromListings(listings: ListingFile[]): SeedCorpus {
  const papers: SeedPaper[] = [];
  const seen = new Set<string>();
  for (const file of listings) {
    let title: string | undefined;
    for (const raw of file.text.split(/\r?\n/)) {
      const line = raw.startsWith('Subscribe') && raw.length > 'Subscribe'.length ? raw.slice(9) : raw;
      if (isNoise(line.trim())) continue;
      if (line.length >= MIN_ABSTRACT_CHARS && title !== undefined) {
        if (!seen.has(title)) {
          seen.add(title);
          papers.push({ title, abstract: line.trim() });
        }
        title = undefined;
      } else if (line.length < MIN_ABSTRACT_CHARS) {
        title = line.trim();
      }
    }
  }
  return { papers };
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_SOURCES_DIR = path.join(repoRoot, 'content/sources');

let cached: SeedCorpus | undefined;

/** The corpus of content/sources, read once (the bench is a dev tool, so a synchronous read here is fine). */
export function seedCorpus(dir = SEED_SOURCES_DIR): SeedCorpus {
  if (cached && dir === SEED_SOURCES_DIR) return cached;
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  const corpus = corpusFromListings(names.map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') })));
  if (dir === SEED_SOURCES_DIR) cached = corpus;
  return corpus;
}
