/**
 * Related papers: tf-idf cosine over title + abstract terms, blended with tag overlap, explained by the shared terms.
 *
 * Cost: a naive all-pairs comparison is quadratic. Instead every term keeps a posting list of the papers it weighs
 * most in, capped at `postingCap` entries (impact ordering), and each paper only walks the postings of its
 * `queryTerms` heaviest terms. That bounds candidate generation by papers × queryTerms × postingCap whatever the
 * catalogue size; the best candidates are then rescored exactly on their full vectors. For catalogues smaller than
 * the caps this is the exact all-pairs answer.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Related } from '../../../src/schema/paper.ts';
import type { PaperRecord } from '../types.ts';
import { isInformativeTerm } from './informative.ts';
import { scanTerms } from './tokenize.ts';

export interface RelateOptions {
  /** Related papers per paper (at least this many whenever the catalogue has more than `k` papers). */
  k?: number;
  /** Longest posting list walked per term (impact-ordered: the papers the term weighs most in). */
  postingCap?: number;
  /** How many of a paper's heaviest terms generate candidates. */
  queryTerms?: number;
  /** How many candidates (best partial scores) are rescored exactly. */
  rescore?: number;
  /** Threads for the candidate search (this one plus workers); default 2 from 5,000 papers, else 1. */
  threads?: number;
}

/** Title words say what a paper is about more densely than abstract words. */
const TITLE_WEIGHT = 3;
/** Share of the final score that comes from tags when both papers carry some; text stays the main signal. */
const TAG_BLEND = 0.25;
/** Terms in more than this share of papers carry almost no idf and only cost time. */
const MAX_DF_SHARE = 0.5;
/** Shared terms shown to readers per link. */
const MAX_TERMS = 4;

/**
 * Paper vectors in CSR form: paper d's terms are `term[start[d]..start[d+1])`, heaviest first, with L2-normalised
 * `weight`s. One flat pair of typed arrays instead of a small array per paper keeps 100,000 papers cheap for the GC.
 * Term ids are dense over the terms that can relate papers (2 ≤ df ≤ maxDf), in first-seen order.
 */
interface Vectors {
  start: Int32Array;
  term: Int32Array;
  weight: Float32Array;
  /** Term id → readable key. */
  keys: string[];
  /** Term id → its words, filled on first use by explanations. */
  words: string[][];
  /** Term id → share of papers that contain it. */
  dfShare: Float64Array;
  /** Term id → how it may be shown (SHOW_*), 0 until first asked. */
  shown: Int8Array;
}

/** An append-only Int32 buffer: per-occurrence data of a large catalogue without a JS array per paper. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
}

/**
 * Interns (first, second) id pairs as new ids. Bigram occurrences outnumber unigrams many times over, and a Map keyed
 * by `first * 2^22 + second` boxes every key past 2^31; open addressing on typed arrays does not.
 */
class PairTable {
  private first = new Int32Array(1 << 16).fill(-1);
  private second = new Int32Array(1 << 16);
  private value = new Int32Array(1 << 16);
  private size = 0;

  /** The id of (a, b), taking `make()` when the pair is new. */
  intern(a: number, b: number, make: () => number): number {
    let mask = this.first.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) & mask;
    while (this.first[h] !== -1) {
      if (this.first[h] === a && this.second[h] === b) return this.value[h];
      h = (h + 1) & mask;
    }
    const id = make();
    this.first[h] = a;
    this.second[h] = b;
    this.value[h] = id;
    if (++this.size * 2 > this.first.length) this.grow();
    return id;
  }

  private grow(): void {
    const { first, second, value } = this;
    this.first = new Int32Array(first.length * 2).fill(-1);
    this.second = new Int32Array(first.length * 2);
    this.value = new Int32Array(first.length * 2);
    const mask = this.first.length - 1;
    for (let i = 0; i < first.length; i++) {
      const a = first[i];
      if (a === -1) continue;
      let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(second[i] + 0x7f4a7c15, 0x85ebca77)) & mask;
      while (this.first[h] !== -1) h = (h + 1) & mask;
      this.first[h] = a;
      this.second[h] = second[i];
      this.value[h] = value[i];
    }
  }
}

function buildVectors(docs: PaperRecord[]): Vectors {
  // Unigrams are interned by string; a bigram by the pair of its unigram ids. Phrase strings are only built for
  // the terms that survive the df filter: most distinct phrases occur in a single paper.
  const unigramIds = new Map<string, number>();
  const unigramKeys: string[] = [];
  const bigramIds = new PairTable();
  // Raw term id → (left unigram raw id, right unigram raw id) for a bigram, (-1, index in unigramKeys) for a unigram.
  const rawLeft = new IntList();
  const rawRight = new IntList();
  const df = new IntList();
  // Term frequencies of the current paper in a dense scratch (reset through `seen`), then appended to flat
  // per-occurrence lists in first-seen order, the order the norm is summed in. `tf` grows with the vocabulary.
  let tf = new Int32Array(1024);
  const newTerm = (left: number, right: number) => {
    rawLeft.push(left);
    rawRight.push(right);
    df.push(0);
    if (df.length > tf.length) {
      const bigger = new Int32Array(tf.length * 2);
      bigger.set(tf);
      tf = bigger;
    }
    return df.length - 1;
  };
  const rawKey = (t: number): string => {
    const left = rawLeft.data[t];
    const right = rawRight.data[t];
    return left < 0 ? unigramKeys[right] : `${unigramKeys[rawRight.data[left]]} ${unigramKeys[rawRight.data[right]]}`;
  };
  const seen: number[] = [];
  const docStart = new Int32Array(docs.length + 1);
  const occTerm = new IntList();
  const occCount = new IntList();
  let weight = TITLE_WEIGHT;
  let prev = -1;
  let id = -1;
  const count = (t: number) => {
    if (tf[t] === 0) {
      df.data[t]++;
      seen.push(t);
    }
    tf[t] += weight;
  };
  const unigram = (key: string) => {
    let t = unigramIds.get(key);
    if (t === undefined) {
      unigramKeys.push(key);
      unigramIds.set(key, (t = newTerm(-1, unigramKeys.length - 1)));
    }
    count(t);
    return t;
  };
  const makeBigram = () => newTerm(prev, id);
  const word = (key: string, joins: boolean) => {
    id = unigram(key);
    if (joins) count(bigramIds.intern(prev, id, makeBigram));
    prev = id;
  };
  docs.forEach((d, i) => {
    weight = TITLE_WEIGHT;
    prev = -1;
    scanTerms(d.title, word, unigram);
    weight = 1;
    scanTerms(d.abstract, word, unigram);
    for (const t of seen) {
      occTerm.push(t);
      occCount.push(tf[t]);
      tf[t] = 0;
    }
    seen.length = 0;
    docStart[i + 1] = occTerm.length;
  });

  const n = docs.length;
  // A term in one paper only cannot relate two papers; a min_df of 2 is the right floor for small catalogues
  // where a larger floor would discard most of the specific vocabulary.
  const maxDf = Math.max(2, Math.floor(n * MAX_DF_SHARE));
  const nRaw = df.length;
  const dense = new Int32Array(nRaw).fill(-1);
  const keys: string[] = [];
  const idf: number[] = [];
  for (let t = 0; t < nRaw; t++) {
    if (df.data[t] < 2 || df.data[t] > maxDf) continue;
    dense[t] = keys.length;
    keys.push(rawKey(t));
    idf.push(Math.log(n / df.data[t]));
  }

  let kept = 0;
  for (let p = 0; p < occTerm.length; p++) if (dense[occTerm.data[p]] >= 0) kept++;
  const start = new Int32Array(n + 1);
  const term = new Int32Array(kept);
  const weightOut = new Float32Array(kept);
  const ids: number[] = [];
  const ws: number[] = [];
  const order: number[] = [];
  let out = 0;
  for (let d = 0; d < n; d++) {
    ids.length = 0;
    ws.length = 0;
    let norm = 0;
    for (let p = docStart[d]; p < docStart[d + 1]; p++) {
      const t = dense[occTerm.data[p]];
      if (t < 0) continue;
      const w = (1 + Math.log(occCount.data[p])) * idf[t];
      ids.push(t);
      ws.push(w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    order.length = ids.length;
    for (let i = 0; i < ids.length; i++) order[i] = i;
    order.sort((a, b) => ws[b] - ws[a] || ids[a] - ids[b]);
    for (const i of order) {
      term[out] = ids[i];
      weightOut[out++] = ws[i] / norm;
    }
    start[d + 1] = out;
  }
  const dfShare = Float64Array.from(idf, (x) => Math.exp(-x));
  return { start, term, weight: weightOut, keys, words: [], dfShare, shown: new Int8Array(keys.length) };
}

/** Impact-ordered posting lists in CSR form, each cut to the `cap` papers the term weighs most in. */
function buildPostings(v: Vectors, cap: number): { start: Int32Array; len: Int32Array; doc: Int32Array; w: Float32Array } {
  const nTerms = v.keys.length;
  const n = v.start.length - 1;
  const start = new Int32Array(nTerms + 1);
  for (const t of v.term) start[t + 1]++;
  for (let t = 0; t < nTerms; t++) start[t + 1] += start[t];
  const fill = start.slice(0, nTerms);
  const doc = new Int32Array(start[nTerms]);
  const w = new Float32Array(start[nTerms]);
  for (let d = 0; d < n; d++) {
    for (let i = v.start[d]; i < v.start[d + 1]; i++) {
      const p = fill[v.term[i]]++;
      doc[p] = d;
      w[p] = v.weight[i];
    }
  }
  const len = new Int32Array(nTerms);
  const order: number[] = [];
  const keepDoc = new Int32Array(cap);
  const keepW = new Float32Array(cap);
  for (let t = 0; t < nTerms; t++) {
    const s = start[t];
    const e = start[t + 1];
    if (e - s <= cap) {
      len[t] = e - s;
      continue;
    }
    // Sort only the entries at or above the cap-th largest weight (found by a native numeric sort), not the whole list.
    const sorted = Float32Array.from(w.subarray(s, e)).sort();
    const threshold = sorted[sorted.length - cap];
    order.length = 0;
    for (let p = s; p < e; p++) if (w[p] >= threshold) order.push(p);
    order.sort((a, b) => w[b] - w[a] || doc[a] - doc[b]);
    for (let i = 0; i < cap; i++) {
      keepDoc[i] = doc[order[i]];
      keepW[i] = w[order[i]];
    }
    doc.set(keepDoc, s);
    w.set(keepW, s);
    len[t] = cap;
  }
  return { start, len, doc, w };
}

function tagSimilarity(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.sqrt(a.length * b.size);
}

/** Past the first dozen shared terms the weights are too small to be worth showing. */
const EXPLAIN_POOL = 12;
/**
 * A term in more than this share of papers is the catalogue's common ground ("LLM" in an LLM catalogue): shown only
 * when two papers share nothing more specific.
 */
const COMMON_SHARE = 0.2;
const SHOW_NEVER = 1;
const SHOW_IF_NOTHING_ELSE = 2;
const SHOW = 3;

function showable(v: Vectors, t: number): number {
  let s = v.shown[t];
  if (s === 0) {
    s = !isInformativeTerm(v.keys[t]) ? SHOW_NEVER : v.dfShare[t] > COMMON_SHARE ? SHOW_IF_NOTHING_ELSE : SHOW;
    v.shown[t] = s;
  }
  return s;
}

/**
 * Shared terms worth showing, most telling first (largest product of weights). A phrase replaces the single words
 * it contains ("reward model" rather than "reward", "model"), so the few terms shown are not repeats of one idea.
 */
function explainTerms(v: Vectors, b: number, weightsOfA: Float32Array, top: Int32Array, topW: Float64Array): number[] {
  // Only the best dozen shared terms matter: keep them in a small sorted buffer instead of sorting every shared term.
  // Order: weight product descending, then key (string comparison only on exact weight ties).
  const keys = v.keys;
  let m = 0;
  for (let i = v.start[b]; i < v.start[b + 1]; i++) {
    const t = v.term[i];
    const x = weightsOfA[t];
    if (!(x > 0)) continue;
    const w = x * v.weight[i];
    if (m === EXPLAIN_POOL && !(w > topW[m - 1] || (w === topW[m - 1] && keys[t] < keys[top[m - 1]]))) continue;
    if (showable(v, t) === SHOW_NEVER) continue;
    let j = m < EXPLAIN_POOL ? m++ : m - 1;
    while (j > 0 && (w > topW[j - 1] || (w === topW[j - 1] && keys[t] < keys[top[j - 1]]))) {
      top[j] = top[j - 1];
      topW[j] = topW[j - 1];
      j--;
    }
    top[j] = t;
    topW[j] = w;
  }
  const specific = pickTerms(v, top, m, SHOW);
  return specific.length > 0 ? specific : pickTerms(v, top, m, SHOW_IF_NOTHING_ELSE);
}

/** Up to MAX_TERMS of `top[0..m)` (best first) that are at least `minShow`, phrases replacing their words. */
function pickTerms(v: Vectors, top: Int32Array, m: number, minShow: number): number[] {
  const chosen: number[] = [];
  for (let s = 0; s < m; s++) {
    const t = top[s];
    if (showable(v, t) < minShow) continue;
    let saysNothingNew = false;
    for (const c of chosen) if ((saysNothingNew = covers(v, c, t))) break;
    if (saysNothingNew) continue;
    let i = 0;
    while (i < chosen.length && !covers(v, t, chosen[i])) i++;
    if (i < chosen.length) {
      // a phrase takes the place of the single words it contains
      chosen[i] = t;
      for (let j = chosen.length - 1; j > i; j--) if (covers(v, t, chosen[j])) chosen.splice(j, 1);
    } else if (chosen.length < MAX_TERMS) {
      chosen.push(t);
    }
  }
  return chosen;
}

/** Does term `outer` contain every word of term `inner`? */
function covers(v: Vectors, outer: number, inner: number): boolean {
  if (outer === inner) return true;
  const wo = wordsOf(v, outer);
  for (const w of wordsOf(v, inner)) {
    let found = false;
    for (let j = 0; j < wo.length && !found; j++) found = wo[j] === w;
    if (!found) return false;
  }
  return true;
}

function wordsOf(v: Vectors, t: number): string[] {
  return (v.words[t] ??= v.keys[t].split(/[ -]/));
}

/** The `m` entries of `items[0..count)` with the highest `score`, ties to the lower index; one pass, no full sort. */
function topByScore(items: Int32Array, count: number, score: Float64Array, m: number, top: Int32Array): number {
  let size = 0; // top[0..size) kept sorted best first
  const better = (x: number, y: number) => score[x] > score[y] || (score[x] === score[y] && x < y);
  for (let c = 0; c < count; c++) {
    const x = items[c];
    if (size === m && !better(x, top[m - 1])) continue;
    let i = size < m ? size++ : m - 1;
    while (i > 0 && better(x, top[i - 1])) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = x;
  }
  return size;
}

const round4 = (x: number) => Math.min(1, Math.max(0, Math.round(x * 1e4) / 1e4));

/** What the per-paper search reads: typed arrays (shareable with a worker) plus keys and tags. */
export interface SearchInput {
  k: number;
  cap: number;
  queryTerms: number;
  rescoreN: number;
  vStart: Int32Array;
  vTerm: Int32Array;
  vWeight: Float32Array;
  dfShare: Float64Array;
  postStart: Int32Array;
  postLen: Int32Array;
  postDoc: Int32Array;
  postW: Float32Array;
  /** Per paper (id order): its tags. */
  tags: string[][];
}

/** Per paper a, slots a*k.. hold its links best first (-1 past the last), and MAX_TERMS explained term ids per link. */
export interface SearchOutput {
  ids: Int32Array;
  scores: Float64Array;
  terms: Int32Array;
}

/** A searcher for one thread: its own scratch arrays over the shared input; `search(a)` fills paper a's output. */
export function makeSearcher(input: SearchInput, keys: string[], output: SearchOutput): (a: number) => void {
  const { k, cap, queryTerms, rescoreN, postStart, postLen, postDoc, postW, tags } = input;
  const n = input.vStart.length - 1;
  const v: Vectors = {
    start: input.vStart,
    term: input.vTerm,
    weight: input.vWeight,
    keys,
    words: [],
    dfShare: input.dfShare,
    shown: new Int8Array(keys.length),
  };
  const tagSets = tags.map((t) => new Set(t));
  // Tag postings only feed the fallback for papers whose text shares too little; capped like term postings.
  const byTag = new Map<string, number[]>();
  tags.forEach((ts, d) => {
    for (const t of ts) {
      const list = byTag.get(t) ?? byTag.set(t, []).get(t)!;
      if (list.length < cap) list.push(d);
    }
  });
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const candidates = new Int32Array(rescoreN);
  // Pool membership by stamp (a + 1), so nothing is cleared or allocated per paper.
  const inPool = new Int32Array(n);
  const pool: number[] = [];
  const scratch = new Float32Array(keys.length);
  const top = new Int32Array(EXPLAIN_POOL);
  const topW = new Float64Array(EXPLAIN_POOL);
  const scoreOf = new Float64Array(n);
  let stamp = 0;
  const addToPool = (b: number) => {
    if (inPool[b] === stamp) return;
    inPool[b] = stamp;
    pool.push(b);
  };

  return (a: number) => {
    const aStart = v.start[a];
    const aEnd = v.start[a + 1];
    const q = Math.min(queryTerms, aEnd - aStart);
    let nTouched = 0;
    for (let i = aStart; i < aStart + q; i++) {
      const t = v.term[i];
      const x = v.weight[i];
      const s = postStart[t];
      const e = s + postLen[t];
      for (let p = s; p < e; p++) {
        const b = postDoc[p];
        if (b === a) continue;
        if (acc[b] === 0) touched[nTouched++] = b;
        acc[b] += x * postW[p];
      }
    }
    pool.length = 0;
    stamp = a + 1;
    if (nTouched > rescoreN) {
      const m = topByScore(touched, nTouched, acc, rescoreN, candidates);
      for (let c = 0; c < m; c++) addToPool(candidates[c]);
    } else {
      for (let c = 0; c < nTouched; c++) addToPool(touched[c]);
    }
    for (let c = 0; c < nTouched; c++) acc[touched[c]] = 0;
    if (pool.length < k) {
      for (const t of tags[a]) for (const b of byTag.get(t) ?? []) if (b !== a && pool.length < k * 3) addToPool(b);
      // last resort so every paper gets k links: neighbours in id order (stable, and scored like any other)
      for (let step = 1; pool.length < Math.min(k, n - 1); step++) addToPool((a + step) % n);
    }

    for (let i = aStart; i < aEnd; i++) scratch[v.term[i]] = v.weight[i];
    const tagsA = tags[a];
    for (const b of pool) {
      let dot = 0;
      for (let i = v.start[b]; i < v.start[b + 1]; i++) dot += scratch[v.term[i]] * v.weight[i];
      const score = tagsA.length > 0 ? (1 - TAG_BLEND) * dot + TAG_BLEND * tagSimilarity(tagsA, tagSets[b]) : dot;
      scoreOf[b] = round4(score);
    }
    // papers are in id order, so the index breaks ties by id
    pool.sort((x, y) => scoreOf[y] - scoreOf[x] || x - y);
    const links = Math.min(k, pool.length);
    for (let r = 0; r < k; r++) {
      const slot = a * k + r;
      const b = r < links ? pool[r] : -1;
      output.ids[slot] = b;
      output.scores[slot] = b < 0 ? 0 : scoreOf[b];
      const terms = b < 0 ? [] : explainTerms(v, b, scratch, top, topW);
      for (let j = 0; j < MAX_TERMS; j++) output.terms[slot * MAX_TERMS + j] = j < terms.length ? terms[j] : -1;
    }
    for (let i = aStart; i < aEnd; i++) scratch[v.term[i]] = 0;
  };
}

/** Papers per unit of work shared between threads: small enough to balance, large enough to make claiming cheap. */
export const CHUNK = 512;

/**
 * Runs `search` over every chunk not yet claimed by another thread, claiming through `control[0]` and marking
 * `done[c]` (with a notify) when chunk c is written.
 */
export function searchChunks(search: (a: number) => void, n: number, control: Int32Array, done: Int32Array): void {
  const chunks = done.length;
  for (let c = Atomics.add(control, 0, 1); c < chunks; c = Atomics.add(control, 0, 1)) {
    for (let a = c * CHUNK, end = Math.min(n, a + CHUNK); a < end; a++) search(a);
    Atomics.store(done, c, 1);
    Atomics.notify(done, c);
  }
}

/** Below this many papers a worker's start-up costs more than it saves. */
const PARALLEL_FROM = 5000;
/** A chunk a worker claimed but has not finished after this long is redone here (same result, so harmless). */
const WORKER_PATIENCE_MS = 60_000;

const buffer = (bytes: number, isShared: boolean) => (isShared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));

function toShared<T extends Int32Array | Float32Array | Float64Array>(a: T): T {
  const Ctor = a.constructor as new (b: SharedArrayBuffer) => T;
  const out = new Ctor(new SharedArrayBuffer(a.byteLength));
  (out as unknown as { set(x: T): void }).set(a);
  return out;
}

/**
 * Runs the search for all papers on this thread plus `threads - 1` workers. The API stays synchronous (the build's
 * enrich step is a pure function): this thread works through chunks too and then blocks until the workers' chunks
 * are written. Workers load this module with Node's own type stripping; without it everything runs here.
 */
/** A worker that claims chunks through `control` / `done` like this thread does (see searchChunks). */
export function startSearchWorker(input: SearchInput, keys: string[], output: SearchOutput, control: Int32Array, done: Int32Array): Worker {
  return new Worker(new URL('./related-worker.ts', import.meta.url), {
    workerData: { input, keysText: keys.join('\n'), output, control, done },
    // Node's own type stripping loads the worker; the parent's loader flags (tsx, vitest) do not apply there.
    execArgv: [],
  });
}

/** Shared-memory control block for `chunks` chunks: the claim counter and the per-chunk done flags. */
export function chunkControl(n: number): { control: Int32Array; done: Int32Array } {
  return { control: new Int32Array(buffer(4, true)), done: new Int32Array(buffer(Math.ceil(n / CHUNK) * 4, true)) };
}

function searchAll(input: SearchInput, keys: string[], output: SearchOutput, threads: number): void {
  const n = input.vStart.length - 1;
  const { control, done } = chunkControl(n);
  const chunks = done.length;
  const workers: Worker[] = [];
  for (let w = 1; w < threads; w++) {
    const worker = startSearchWorker(input, keys, output, control, done);
    worker.on('error', () => {}); // its unfinished chunks are redone below
    worker.unref();
    workers.push(worker);
  }
  searchChunks(makeSearcher(input, keys, output), n, control, done);
  let redo: ((a: number) => void) | undefined;
  for (let c = 0; c < chunks; c++) {
    if (Atomics.load(done, c) === 1) continue;
    if (Atomics.wait(done, c, 0, WORKER_PATIENCE_MS) === 'timed-out') {
      redo ??= makeSearcher(input, keys, output);
      for (let a = c * CHUNK, end = Math.min(n, a + CHUNK); a < end; a++) redo(a);
    }
  }
  for (const worker of workers) void worker.terminate();
}

/** Threads relatePapers uses for `n` papers by default: 2 (when the machine has them) from PARALLEL_FROM papers. */
export function defaultThreads(n: number): number {
  return n >= PARALLEL_FROM && process.features.typescript ? Math.min(2, availableParallelism()) : 1;
}

/** A catalogue made ready for the candidate search: papers in id order, their vectors, and output slots. */
export interface PreparedSearch {
  docs: { r: PaperRecord; i: number }[];
  keys: string[];
  input: SearchInput;
  output: SearchOutput;
}

/** Vectors and postings of `records`, in shared memory when `isShared` so worker threads can read and write them. */
export function prepareSearch(records: PaperRecord[], opts: RelateOptions, isShared: boolean): PreparedSearch {
  const k = opts.k ?? 8;
  const cap = opts.postingCap ?? 160;
  // Work in id order so the result does not depend on the order records arrive in.
  const docs = records.map((r, i) => ({ r, i })).sort((a, b) => (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : a.i - b.i));
  const papers = docs.map((d) => d.r);
  const n = papers.length;
  const v = buildVectors(papers);
  const post = buildPostings(v, cap);
  const share = isShared ? toShared : <T>(x: T) => x;
  const input: SearchInput = {
    k,
    cap,
    queryTerms: opts.queryTerms ?? 20,
    rescoreN: Math.max(opts.rescore ?? 32, k * 3),
    vStart: share(v.start),
    vTerm: share(v.term),
    vWeight: share(v.weight),
    dfShare: share(v.dfShare),
    postStart: share(post.start),
    postLen: share(post.len),
    postDoc: share(post.doc),
    postW: share(post.w),
    tags: papers.map((p) => p.tags),
  };
  const output: SearchOutput = {
    ids: new Int32Array(buffer(n * k * 4, isShared)),
    scores: new Float64Array(buffer(n * k * 8, isShared)),
    terms: new Int32Array(buffer(n * k * MAX_TERMS * 4, isShared)),
  };
  return { docs, keys: v.keys, input, output };
}

/** The records with `related` set from a finished search, in the order they were given. */
export function assembleRelated({ docs, keys, input, output }: PreparedSearch): PaperRecord[] {
  const k = input.k;
  const result = new Array<PaperRecord>(docs.length);
  docs.forEach(({ r, i }, a) => {
    const related: Related[] = [];
    for (let slot = a * k; slot < (a + 1) * k && output.ids[slot] >= 0; slot++) {
      const b = output.ids[slot];
      const terms: string[] = [];
      for (let j = slot * MAX_TERMS; j < (slot + 1) * MAX_TERMS && output.terms[j] >= 0; j++) terms.push(keys[output.terms[j]]);
      const tags = r.tags.filter((t) => input.tags[b].includes(t)).sort();
      related.push({ id: docs[b].r.id, score: output.scores[slot], terms, tags });
    }
    result[i] = { ...r, related };
  });
  return result;
}

/** Sets `related` on every record: at least `k` papers (when there are that many others), best first. */
export function relatePapers(records: PaperRecord[], opts: RelateOptions = {}): PaperRecord[] {
  const threads = opts.threads ?? defaultThreads(records.length);
  const prepared = prepareSearch(records, opts, threads > 1);
  const { input, keys, output } = prepared;
  if (threads > 1) searchAll(input, keys, output, threads);
  else {
    const search = makeSearcher(input, keys, output);
    for (let a = 0; a < records.length; a++) search(a);
  }
  return assembleRelated(prepared);
}
