/**
 * Benchmark for related-paper scoring on the seeds and on large synthetic catalogues.
 *
 *   npx tsx scripts/bench/related.ts                  # seeds, then 100,000 synthetic papers
 *   npx tsx scripts/bench/related.ts --papers 20000   # seeds, then 20,000
 *
 * Synthetic papers resample real text: each is stitched from word windows of two seed abstracts (so bigrams and the
 * term distribution stay realistic) with a few words swapped for random seed vocabulary. The generator is seeded, so
 * every run measures the same catalogue.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readListings } from '../lib/io.ts';
import { relatePapers } from '../lib/links/related.ts';
import type { PaperRecord } from '../lib/types.ts';

const SOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/sources');

/** Abstract lines of the raw listings: long prose lines (the parser is not needed to get realistic text). */
async function seedTexts(): Promise<string[]> {
  const files = await readListings(SOURCES);
  const texts = new Set<string>();
  for (const f of files) for (const line of f.text.split('\n')) if (line.length > 200) texts.add(line.trim());
  return [...texts].sort();
}

function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function record(i: number, title: string, abstract: string): PaperRecord {
  return {
    id: `p${String(i).padStart(6, '0')}`,
    title,
    abstract,
    codeUrls: [],
    sources: [{ file: 'synthetic.txt', line: i + 1 }],
    tags: [],
    related: [],
    mentions: [],
    mentionedBy: [],
    body: [{ kind: 'text', text: abstract }],
  };
}

export function syntheticPapers(n: number, seeds: string[]): PaperRecord[] {
  const rand = mulberry32(42);
  const docs = seeds.map((t) => t.split(/\s+/));
  const vocab = docs.flat();
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const window = (words: string[], len: number) => {
    const start = Math.floor(rand() * Math.max(1, words.length - len));
    return words.slice(start, start + len);
  };
  const out: PaperRecord[] = [];
  for (let i = 0; i < n; i++) {
    const a = pick(docs);
    const b = pick(docs);
    const words: string[] = [];
    const target = 120 + Math.floor(rand() * 120);
    while (words.length < target) words.push(...window(rand() < 0.7 ? a : b, 8 + Math.floor(rand() * 16)));
    for (let j = 0; j < words.length; j++) if (rand() < 0.05) words[j] = pick(vocab);
    out.push(record(i, window(a, 6 + Math.floor(rand() * 8)).join(' '), words.join(' ')));
  }
  return out;
}

export async function benchRelated(n: number): Promise<{ papers: number; ms: number; peakRssMb: number }> {
  const seeds = await seedTexts();
  const papers = n === seeds.length ? seeds.map((t, i) => record(i, t.slice(0, 60), t)) : syntheticPapers(n, seeds);
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const related = relatePapers(papers, { k: 10 });
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (related.some((p) => p.related.length < Math.min(5, n - 1))) throw new Error('a paper got fewer than 5 related');
  return { papers: n, ms: Math.round(ms), peakRssMb: Math.round(peak / 2 ** 20) };
}

async function main() {
  const arg = process.argv.indexOf('--papers');
  const n = arg >= 0 ? Number(process.argv[arg + 1]) : 100_000;
  const seeds = await seedTexts();
  for (const size of [seeds.length, n]) {
    const r = await benchRelated(size);
    console.log(`related: ${r.papers} papers in ${(r.ms / 1000).toFixed(2)} s, peak RSS ${r.peakRssMb} MB`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
