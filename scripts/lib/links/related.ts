/**
 * Related papers: tf-idf cosine over title + abstract terms, blended with tag overlap, explained by the shared terms.
 *
 * Cost: a naive all-pairs comparison is quadratic. Instead every term keeps a posting list of the papers it weighs
 * most in, capped at `postingCap` entries (impact ordering), and each paper only walks the postings of its
 * `queryTerms` heaviest terms. That bounds candidate generation by papers × queryTerms × postingCap whatever the
 * catalogue size; the best candidates are then rescored exactly on their full vectors. For catalogues smaller than
 * the caps this is the exact all-pairs answer.
 */
import type { Related } from '../../../src/schema/paper.ts';
import type { PaperRecord } from '../types.ts';
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
}

/** Title words say what a paper is about more densely than abstract words. */
const TITLE_WEIGHT = 3;
/** Share of the final score that comes from tags when both papers carry some; text stays the main signal. */
const TAG_BLEND = 0.25;
/** Terms in more than this share of papers carry almost no idf and only cost time. */
const MAX_DF_SHARE = 0.5;
/** Shared terms shown to readers per link. */
const MAX_TERMS = 4;

interface Vectors {
  /** Per paper: term ids, heaviest first. */
  terms: Int32Array[];
  /** Per paper: L2-normalised weights aligned with `terms`. */
  weights: Float32Array[];
  /** Term id → readable key. */
  keys: string[];
  /** Term id → its words, filled on first use by explanations. */
  words: string[][];
}

function buildVectors(docs: PaperRecord[]): Vectors {
  // Unigrams are interned by string; a bigram by the pair of its unigram ids, so no phrase string is built
  // unless the phrase is new (there are far fewer distinct phrases than phrase occurrences).
  const unigramIds = new Map<string, number>();
  const bigramIds = new Map<number, number>();
  const keys: string[] = [];
  const df: number[] = [];
  const newTerm = (key: string) => {
    keys.push(key);
    df.push(0);
    return keys.length - 1;
  };
  const counts: Map<number, number>[] = [];
  for (const d of docs) {
    const tf = new Map<number, number>();
    let weight = TITLE_WEIGHT;
    let prev = -1;
    const count = (id: number) => {
      const before = tf.get(id);
      if (before === undefined) df[id]++;
      tf.set(id, (before ?? 0) + weight);
    };
    const unigram = (key: string) => {
      let id = unigramIds.get(key);
      if (id === undefined) unigramIds.set(key, (id = newTerm(key)));
      count(id);
      return id;
    };
    const word = (key: string, joins: boolean) => {
      const id = unigram(key);
      if (joins) {
        const pair = prev * 4194304 + id; // 2^22 unigrams is far beyond any catalogue's vocabulary
        let bi = bigramIds.get(pair);
        if (bi === undefined) bigramIds.set(pair, (bi = newTerm(`${keys[prev]} ${key}`)));
        count(bi);
      }
      prev = id;
    };
    scanTerms(d.title, word, unigram);
    weight = 1;
    scanTerms(d.abstract, word, unigram);
    counts.push(tf);
  }
  const n = docs.length;
  // A term in one paper only cannot relate two papers; a min_df of 2 is the right floor for small catalogues
  // where a larger floor would discard most of the specific vocabulary.
  const maxDf = Math.max(2, Math.floor(n * MAX_DF_SHARE));
  const terms: Int32Array[] = [];
  const weights: Float32Array[] = [];
  for (const tf of counts) {
    const entries: [number, number][] = [];
    let norm = 0;
    for (const [t, c] of tf) {
      if (df[t] < 2 || df[t] > maxDf) continue;
      const w = (1 + Math.log(c)) * Math.log(n / df[t]);
      entries.push([t, w]);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    terms.push(Int32Array.from(entries, (e) => e[0]));
    weights.push(Float32Array.from(entries, (e) => e[1] / norm));
  }
  return { terms, weights, keys, words: [] };
}

/** Impact-ordered posting lists in CSR form, each cut to the `cap` papers the term weighs most in. */
function buildPostings(v: Vectors, cap: number): { start: Int32Array; len: Int32Array; doc: Int32Array; w: Float32Array } {
  const nTerms = v.keys.length;
  const start = new Int32Array(nTerms + 1);
  for (const ts of v.terms) for (const t of ts) start[t + 1]++;
  for (let t = 0; t < nTerms; t++) start[t + 1] += start[t];
  const fill = start.slice(0, nTerms);
  const doc = new Int32Array(start[nTerms]);
  const w = new Float32Array(start[nTerms]);
  v.terms.forEach((ts, d) => {
    const ws = v.weights[d];
    for (let i = 0; i < ts.length; i++) {
      const p = fill[ts[i]]++;
      doc[p] = d;
      w[p] = ws[i];
    }
  });
  const len = new Int32Array(nTerms);
  const order: number[] = [];
  for (let t = 0; t < nTerms; t++) {
    const s = start[t];
    const e = start[t + 1];
    if (e - s <= cap) {
      len[t] = e - s;
      continue;
    }
    order.length = 0;
    for (let p = s; p < e; p++) order.push(p);
    order.sort((a, b) => w[b] - w[a] || doc[a] - doc[b]);
    const keepDoc = order.slice(0, cap).map((p) => doc[p]);
    const keepW = order.slice(0, cap).map((p) => w[p]);
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

/**
 * Shared terms, most telling first (largest product of weights). A phrase replaces the single words it contains
 * ("reward model" rather than "reward", "model"), so the few terms shown are not repeats of one idea.
 */
function explainTerms(v: Vectors, b: number, weightsOfA: Float32Array): string[] {
  const pairs: { t: number; w: number }[] = [];
  const tb = v.terms[b];
  const wb = v.weights[b];
  for (let i = 0; i < tb.length; i++) {
    const x = weightsOfA[tb[i]];
    if (x > 0) pairs.push({ t: tb[i], w: x * wb[i] });
  }
  pairs.sort((x, y) => y.w - x.w || (v.keys[x.t] < v.keys[y.t] ? -1 : v.keys[x.t] > v.keys[y.t] ? 1 : 0));
  const shared = pairs.map((p) => p.t);
  const chosen: number[] = [];
  const covers = (outer: number, inner: number) => wordsOf(v, inner).every((w) => wordsOf(v, outer).includes(w));
  // Past the first dozen shared terms the weights are too small to be worth showing.
  for (const t of shared.slice(0, 12)) {
    if (chosen.some((c) => covers(c, t))) continue; // says nothing new
    const i = chosen.findIndex((c) => covers(t, c));
    if (i >= 0) {
      // a phrase takes the place of the single words it contains
      chosen[i] = t;
      for (let j = chosen.length - 1; j > i; j--) if (covers(t, chosen[j])) chosen.splice(j, 1);
    } else if (chosen.length < MAX_TERMS) {
      chosen.push(t);
    }
  }
  return chosen.map((t) => v.keys[t]);
}

function wordsOf(v: Vectors, t: number): string[] {
  return (v.words[t] ??= v.keys[t].split(/[ -]/));
}

/** The `m` entries of `items` with the highest `score`, ties to the lower index; one pass, no full sort. */
function topByScore(items: number[], score: Float64Array, m: number): number[] {
  const top: number[] = []; // kept sorted best first
  const better = (x: number, y: number) => score[x] > score[y] || (score[x] === score[y] && x < y);
  for (const x of items) {
    if (top.length === m && !better(x, top[m - 1])) continue;
    let i = top.length < m ? top.length : m - 1;
    if (top.length < m) top.push(x);
    while (i > 0 && better(x, top[i - 1])) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = x;
  }
  return top;
}

const round4 = (x: number) => Math.min(1, Math.max(0, Math.round(x * 1e4) / 1e4));

/** Sets `related` on every record: at least `k` papers (when there are that many others), best first. */
export function relatePapers(records: PaperRecord[], opts: RelateOptions = {}): PaperRecord[] {
  const k = opts.k ?? 8;
  const cap = opts.postingCap ?? 160;
  const queryTerms = opts.queryTerms ?? 20;
  const rescoreN = Math.max(opts.rescore ?? 32, k * 3);
  // Work in id order so the result does not depend on the order records arrive in.
  const docs = records.map((r, i) => ({ r, i })).sort((a, b) => (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : a.i - b.i));
  const papers = docs.map((d) => d.r);
  const n = papers.length;
  const v = buildVectors(papers);
  const post = buildPostings(v, cap);
  const tagSets = papers.map((p) => new Set(p.tags));
  // Tag postings only feed the fallback for papers whose text shares too little; capped like term postings.
  const byTag = new Map<string, number[]>();
  papers.forEach((p, d) => {
    for (const t of p.tags) {
      const list = byTag.get(t) ?? byTag.set(t, []).get(t)!;
      if (list.length < cap) list.push(d);
    }
  });

  const acc = new Float64Array(n);
  const touched: number[] = [];
  const scratch = new Float32Array(v.keys.length);
  const out = new Array<Related[]>(n);

  for (let a = 0; a < n; a++) {
    const ta = v.terms[a];
    const wa = v.weights[a];
    const q = Math.min(queryTerms, ta.length);
    touched.length = 0;
    for (let i = 0; i < q; i++) {
      const t = ta[i];
      const x = wa[i];
      const s = post.start[t];
      const e = s + post.len[t];
      for (let p = s; p < e; p++) {
        const b = post.doc[p];
        if (b === a) continue;
        if (acc[b] === 0) touched.push(b);
        acc[b] += x * post.w[p];
      }
    }
    const candidates = touched.length > rescoreN ? topByScore(touched, acc, rescoreN) : touched;
    for (const b of touched) acc[b] = 0;
    const pool = new Set(candidates);
    if (pool.size < k) {
      for (const t of papers[a].tags) for (const b of byTag.get(t) ?? []) if (b !== a && pool.size < k * 3) pool.add(b);
      // last resort so every paper gets k links: neighbours in id order (stable, and scored like any other)
      for (let step = 1; pool.size < Math.min(k, n - 1); step++) {
        pool.add((a + step) % n);
      }
    }

    for (let i = 0; i < ta.length; i++) scratch[ta[i]] = wa[i];
    const tagsA = papers[a].tags;
    const scored: { b: number; score: number }[] = [];
    for (const b of pool) {
      const tb = v.terms[b];
      const wb = v.weights[b];
      let dot = 0;
      for (let i = 0; i < tb.length; i++) dot += scratch[tb[i]] * wb[i];
      const score = tagsA.length > 0 ? (1 - TAG_BLEND) * dot + TAG_BLEND * tagSimilarity(tagsA, tagSets[b]) : dot;
      scored.push({ b, score: round4(score) });
    }
    scored.sort((x, y) => y.score - x.score || (papers[x.b].id < papers[y.b].id ? -1 : 1));
    out[a] = scored.slice(0, k).map(({ b, score }) => ({
      id: papers[b].id,
      score,
      terms: explainTerms(v, b, scratch),
      tags: tagsA.filter((t) => tagSets[b].has(t)).sort(),
    }));
    for (let i = 0; i < ta.length; i++) scratch[ta[i]] = 0;
  }

  const result = new Array<PaperRecord>(records.length);
  docs.forEach(({ r, i }, d) => {
    result[i] = { ...r, related: out[d] };
  });
  return result;
}
