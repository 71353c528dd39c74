/**
 * Benchmark for related-paper scoring on the seeds and on large synthetic catalogues.
 *
 *   node scripts/bench/related.ts                  # seeds, then 100,000 synthetic papers
 *   node scripts/bench/related.ts --papers 20000   # seeds, then 20,000
 *   node scripts/bench/related.ts --threads 1      # force one thread (default: 2 from 5,000 papers)
 *
 * Reports wall time and process CPU time (all threads): on a shared, busy machine the CPU time is the stable figure.
 *
 * Synthetic papers resample real text: each is stitched from word windows of two seed abstracts (so bigrams and the
 * term distribution stay realistic) with a few words swapped for random seed vocabulary. The generator is seeded, so
 * every run measures the same catalogue.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readListings } from '../lib/io.ts';
import { defaultThreads, relatePapers } from '../lib/links/related.ts';
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

export interface RelatedBench {
  papers: number;
  /** Threads relatePapers used (this one plus workers). */
  threads: number;
  /** Wall time of relatePapers. */
  ms: number;
  /** CPU time of the whole process (all threads) during relatePapers: the figure that holds on a busy machine. */
  cpuMs: number;
  peakRssMb: number;
}

async function benchOne(papers: PaperRecord[], threads: number | undefined): Promise<RelatedBench> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const related = relatePapers(papers, { k: 10, threads });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const n = papers.length;
  if (related.some((p) => p.related.length < Math.min(5, n - 1))) throw new Error('a paper got fewer than 5 related');
  return {
    papers: n,
    threads: threads ?? defaultThreads(n),
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: Math.round(peak / 2 ** 20),
  };
}

/**
 * Related-paper timings on the seed abstracts and on `n` synthetic papers (default 100,000), with the default thread
 * choice unless `threads` is given. Called by `npm run bench`.
 */
export async function benchRelated(n = 100_000, threads?: number): Promise<{ seeds: RelatedBench; synthetic: RelatedBench }> {
  const texts = await seedTexts();
  const seeds = await benchOne(texts.map((t, i) => record(i, t.slice(0, 60), t)), threads);
  const synthetic = await benchOne(syntheticPapers(n, texts), threads);
  return { seeds, synthetic };
}

export function formatRelatedBench(r: RelatedBench): string {
  const s = (ms: number) => (ms / 1000).toFixed(2);
  return `related: ${r.papers} papers in ${s(r.ms)} s wall, ${s(r.cpuMs)} s CPU, ${r.threads} thread(s), peak RSS ${r.peakRssMb} MB`;
}

async function main() {
  const { values } = parseArgs({ options: { papers: { type: 'string', default: '100000' }, threads: { type: 'string' } } });
  const r = await benchRelated(Number(values.papers), values.threads === undefined ? undefined : Number(values.threads));
  console.log(formatRelatedBench(r.seeds));
  console.log(formatRelatedBench(r.synthetic));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
