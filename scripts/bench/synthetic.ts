/**
 * Synthetic catalogues for the benchmark: papers whose titles and abstracts are recombined from the seeds' own words
 * and sentence shapes (a word-level Markov chain), plus stripped-LaTeX math, code URLs and listing metadata in the
 * proportions the seeds show. Everything is a pure function of (n, seed, corpus) so runs are comparable.
 */
import { looksLikeTitle } from '../lib/listing/content-shape.ts';
import { paperKey } from '../lib/records/ids.ts';
import type { ListingFile } from '../lib/types.ts';
import { createRng, type Rng } from './prng.ts';
import { seedCorpus, type SeedCorpus } from './seed-corpus.ts';

export interface SyntheticPaper {
  title: string;
  abstract: string;
  authors?: number;
  org?: string;
  /** As a listing prints it: `Oct 19` or `Oct 19, 2023`. */
  date?: string;
  upvotes?: number;
}

export type ListingLayout = 'blank-lines' | 'glued' | 'metadata';
export const LISTING_LAYOUTS: readonly ListingLayout[] = ['blank-lines', 'glued', 'metadata'];

export interface ListingOptions {
  /** Entries per file (default 200, like the seeds). */
  perFile?: number;
  /** Share of extra entries that repeat a paper from another listing (default 0.1; the seeds have ≈0.12). */
  duplicateRate?: number;
  seed?: number;
  /** Layout of file i is layouts[i % layouts.length] (default: all three in turn). */
  layouts?: readonly ListingLayout[];
}

// Seeds: 45/408 abstracts carry math, 78/408 a code URL; recombined seed sentences already carry about half of that.
const MATH_RATE = 0.11;
const URL_RATE = 0.08;
const ACRONYM_TITLE_RATE = 0.4;
const ORG_RATE = 0.03;
const NO_METADATA_RATE = 0.1;
const END = '\u0000';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface Chain {
  starts: [string, string][];
  /** "w1 w2" → possible next words (repeats keep the seeds' frequencies). */
  next2: Map<string, string[]>;
  /** "w1" → possible next words; used now and then so sentences do not replay a seed verbatim. */
  next1: Map<string, string[]>;
}

interface Model {
  abstract: Chain;
  /** Plain lower-case seed words, raw material for coined terms. */
  vocabulary: string[];
  /** Distinct words of the seed abstracts: the starting point of the vocabulary-growth curve. */
  seedVocabularySize: number;
  seedPapers: number;
  titleStarts: string[];
  titleNext: Map<string, string[]>;
}

function push(map: Map<string, string[]>, key: string, word: string) {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}

function sentencesOf(abstract: string): string[] {
  return abstract.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => s.split(' ').length >= 4);
}

const models = new WeakMap<SeedCorpus, Model>();

function buildModel(corpus: SeedCorpus): Model {
  const known = models.get(corpus);
  if (known) return known;
  const abstract: Chain = { starts: [], next2: new Map(), next1: new Map() };
  const titleStarts: string[] = [];
  const titleNext = new Map<string, string[]>();
  for (const { title, abstract: text } of corpus.papers) {
    for (const sentence of sentencesOf(text)) {
      const words = sentence.split(/\s+/).filter(Boolean);
      abstract.starts.push([words[0], words[1]]);
      for (let i = 0; i < words.length; i++) {
        const following = words[i + 1] ?? END;
        push(abstract.next1, words[i], following);
        if (i > 0) push(abstract.next2, `${words[i - 1]} ${words[i]}`, following);
      }
    }
    // Titles: only the part after an "ACRONYM:" prefix, since the acronym is generated per paper.
    const body = title.replace(/^[^:]{1,30}:\s+/, '');
    const words = body.split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    titleStarts.push(words[0]);
    for (let i = 0; i < words.length; i++) push(titleNext, words[i], words[i + 1] ?? END);
  }
  if (abstract.starts.length === 0) throw new Error('seed corpus has no abstracts to learn from');
  const vocabulary = [...abstract.next1.keys()].filter((w) => /^[a-z]{5,}$/.test(w)).sort();
  const model = { abstract, titleStarts, titleNext, vocabulary, seedVocabularySize: abstract.next1.size, seedPapers: corpus.papers.length };
  models.set(corpus, model);
  return model;
}

function sentence(model: Model, rng: Rng): string {
  const { starts, next2, next1 } = model.abstract;
  const [a, b] = rng.pick(starts);
  const words = [a];
  if (b !== undefined) words.push(b);
  while (words.length < 60) {
    const last = words[words.length - 1];
    const key = `${words[words.length - 2]} ${last}`;
    const options = rng.chance(0.25) ? next1.get(last) : (next2.get(key) ?? next1.get(last));
    const word = options ? rng.pick(options) : END;
    if (word === END) break;
    words.push(word);
  }
  let text = words.join(' ');
  if (!/[.!?]$/.test(text)) text += '.';
  return text;
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();

function acronymFor(titleWords: string[], rng: Rng): string {
  const initials = titleWords
    .filter((w) => /^[A-Za-z]/.test(w) && w.length > 3)
    .slice(0, rng.int(2, 5))
    .map((w) => w[0].toUpperCase())
    .join('');
  const base = initials.length >= 2 ? initials : rng.pick([...UPPER]) + rng.pick([...UPPER]) + rng.pick([...UPPER]);
  const suffix = rng.pick(['', '', '', '', '-Net', 'Former', '++', `-${rng.int(2, 70)}B`, `${rng.int(1, 9)}`, '-R1']);
  return base + suffix;
}

function titleCase(word: string): string {
  return /^[a-z]/.test(word) && word.length > 3 ? word[0].toUpperCase() + word.slice(1) : word;
}

function titleBody(model: Model, rng: Rng): string[] {
  const words = [rng.pick(model.titleStarts)];
  const target = rng.int(4, 13);
  while (words.length < 16) {
    const options = model.titleNext.get(words[words.length - 1]);
    const word = options ? rng.pick(options) : END;
    if (word === END) {
      if (words.length >= target || words.length >= 3) break;
      words.push(rng.pick(model.titleStarts));
      continue;
    }
    words.push(word);
  }
  return words.map(titleCase);
}

function mathFragment(rng: Rng): string {
  const p = rng.int(1, 4);
  const q = rng.int(p + 1, 6);
  const v = rng.pick(['T', 'd', 'n', 'K', 'H', 'N']);
  const w = rng.pick(['d', 'k', 'S', 'A', 'L']);
  return rng.pick([
    `mathcal{O}(${v}^{${p}/${q}})`,
    `tilde O(${w}^${p} varepsilon^{-${q}})`,
    `tilde O( ${w}${v})`,
    `mathcal{O}(sqrt{${v}})`,
    `tilde Theta(${w}^{${p}${w === 'k' ? 'q' : ''}})`,
    `Omega(${v}^{${p}/${q}})`,
    `mathcal{O}(log ${v})`,
    `O(${w}^${p})`,
    `varepsilon^{-${q}}`,
    `mathbb{R}^${w}`,
    `ell_${rng.int(1, 2)}`,
    `L^${p}`,
  ]);
}

function mathSentence(rng: Rng): string {
  const a = mathFragment(rng);
  const b = mathFragment(rng);
  return rng.pick([
    `We prove a regret bound of ${a} after ${rng.pick(['T', 'K'])} rounds.`,
    `Our algorithm needs ${a} samples to find an varepsilon-optimal policy.`,
    `This improves the best known rate from ${a} to ${b}.`,
    `The resulting estimator attains an error of ${a} with high probability.`,
    `We further show a matching lower bound of ${a}, which is tight up to logarithmic factors.`,
    `Under mild assumptions the sample complexity is ${a}, compared with ${b} for prior methods.`,
  ]);
}

function word(rng: Rng, min: number, max: number): string {
  let w = '';
  const len = rng.int(min, max);
  for (let i = 0; i < len; i++) w += rng.pick([...LOWER]);
  return w;
}

function codeSentence(acronym: string, rng: Rng): string {
  const url = `https://github.com/${word(rng, 4, 10)}/${rng.chance(0.5) ? acronym.replace(/[^A-Za-z0-9-]/g, '') : word(rng, 3, 9)}`;
  return rng.pick([
    `Code is available at ${url}.`,
    `The code is available at ${url}.`,
    `Our code and models are publicly available at ${url}.`,
    `Code: ${url}`,
    `We release our code at ${url} .`,
  ]);
}

/**
 * Real catalogues keep meeting new words (method and dataset names, rare terms) roughly as Heaps' law says:
 * V(n) ≈ V_seeds · (n / n_seeds)^0.5. Recombined seed sentences alone would freeze the vocabulary at the seeds' and
 * make the search index unrealistically small, so paper i coins V(i+1) − V(i) new words of its own.
 */
function coinedWordCount(model: Model, i: number, rng: Rng): number {
  const v = (papers: number) => model.seedVocabularySize * Math.sqrt((model.seedPapers + papers) / model.seedPapers);
  const expected = v(i + 1) - v(i);
  const whole = Math.floor(expected);
  return whole + (rng.chance(expected - whole) ? 1 : 0);
}

function coinWord(model: Model, rng: Rng): string {
  const a = rng.pick(model.vocabulary);
  const b = rng.pick(model.vocabulary);
  const word = a.slice(0, rng.int(3, Math.min(6, a.length))) + b.slice(rng.int(1, Math.max(1, b.length - 3)));
  return rng.chance(0.3) ? word[0].toUpperCase() + word.slice(1) : word;
}

/** Replace `count` plain words of the text with coined ones (each coined word is used once or twice). */
function coin(text: string, count: number, model: Model, rng: Rng): string {
  if (count === 0) return text;
  const tokens = text.split(' ');
  for (let c = 0; c < count; c++) {
    const word = coinWord(model, rng);
    for (let use = rng.int(1, 2); use > 0; use--) {
      const at = rng.int(0, tokens.length - 1);
      if (/^[a-z]{5,}$/.test(tokens[at])) tokens[at] = word;
    }
  }
  return tokens.join(' ');
}

// Seed acronyms inside recombined sentences become this paper's own, so papers do not all talk about "CTM".
const ACRONYM_TOKEN = /^[A-Z][A-Z0-9]{1,7}(?=[^A-Za-z]*$)/;

function personalise(text: string, acronym: string, rng: Rng): string {
  return text
    .split(' ')
    .map((token) => {
      if (ACRONYM_TOKEN.test(token) && rng.chance(0.6)) return token.replace(ACRONYM_TOKEN, acronym);
      // Nudge digits so numbers vary across papers as they do in real abstracts.
      if (/\d/.test(token) && !token.includes('http') && rng.chance(0.3)) {
        return token.replace(/\d/, () => String(rng.int(1, 9)));
      }
      return token;
    })
    .join(' ');
}

function date(rng: Rng): string {
  const m = rng.int(0, 11);
  const day = rng.int(1, MONTH_DAYS[m]);
  return rng.chance(0.6) ? `${MONTHS[m]} ${day}, ${rng.int(2019, 2025)}` : `${MONTHS[m]} ${day}`;
}

function authorCount(rng: Rng): number {
  // Shape of the seeds' "• N authors" lines: mostly 2–10, a tail up to 15 and a few single authors.
  return rng.pick([1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8, 8, 8, 9, 10, 10, 11, 13, 15]);
}

const NOISE_TITLE = /^(new|Subscribe|Daily Papers|·|[A-Z][a-z]{2} \d{1,2}\b.*)$/;

/** `n` distinct papers (distinct by the pipeline's dedupe key), deterministic for a given seed and corpus. */
export function makeSyntheticPapers(n: number, seed = 1, corpus: SeedCorpus = seedCorpus()): SyntheticPaper[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`paper count must be a non-negative integer, got ${n}`);
  const model = buildModel(corpus);
  const rng = createRng(seed);
  const keys = new Set<string>();
  const papers: SyntheticPaper[] = [];
  while (papers.length < n) {
    const body = titleBody(model, rng);
    const acronym = acronymFor(body, rng);
    let title = rng.chance(ACRONYM_TITLE_RATE) ? `${acronym}: ${body.join(' ')}` : body.join(' ');
    let key = paperKey(title);
    // Small vocabularies collide quickly at 100k papers; a distinguishing acronym keeps the title realistic.
    for (let attempt = 0; (keys.has(key) || key === '') && attempt < 50; attempt++) {
      title = `${acronymFor(body, rng)}${rng.int(2, 999)}: ${body.join(' ')}`;
      key = paperKey(title);
    }
    // The chain can join two questions ("… Qrels? How …"); the parser rightly reads that as prose, not a title.
    if (keys.has(key) || key === '' || NOISE_TITLE.test(title) || !looksLikeTitle(title)) continue;
    keys.add(key);

    const sentences: string[] = [];
    const target = rng.int(5, 11);
    while (sentences.length < target || sentences.join(' ').length < 400) sentences.push(sentence(model, rng));
    if (rng.chance(MATH_RATE)) sentences.splice(rng.int(1, sentences.length - 1), 0, mathSentence(rng));
    if (rng.chance(URL_RATE)) sentences.push(codeSentence(acronym, rng));
    const personal = personalise(sentences.join(' '), acronym.replace(/[^A-Za-z0-9-]/g, '') || 'XYZ', rng);
    const abstract = coin(personal, coinedWordCount(model, papers.length, rng), model, rng);

    const paper: SyntheticPaper = { title, abstract };
    if (rng.chance(ORG_RATE)) paper.org = acronym.replace(/[^A-Za-z0-9]/g, '') || 'Lab';
    else paper.authors = authorCount(rng);
    paper.date = date(rng);
    if (rng.chance(0.3)) paper.upvotes = rng.chance(0.9) ? rng.int(1, 5) : rng.int(6, 250);
    papers.push(paper);
  }
  return papers;
}

function header(layout: ListingLayout, listingDate: string, dailyPapers: boolean): string {
  if (layout === 'glued') return 'Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe';
  const lines = ['new', 'Get trending papers in your email inbox!', 'Subscribe'];
  if (dailyPapers) lines.push('Daily Papers');
  lines.push('byAK and the research community', listingDate);
  return lines.join('\n\n');
}

function metadataBlock(p: SyntheticPaper): string | undefined {
  if (p.date === undefined) return undefined;
  const who = p.org !== undefined ? `${p.org} ${p.org}` : `  • ${p.authors ?? 1} authors`;
  return `${who}\n·\n${p.date}${p.upvotes !== undefined ? ` ${p.upvotes}` : ''}`;
}

function renderListing(layout: ListingLayout, entries: SyntheticPaper[], listingDate: string, rng: Rng): string {
  if (layout === 'glued') {
    // The first title is glued to "Subscribe"; no blank lines anywhere, no trailing newline.
    return header(layout, listingDate, false) + entries.map((p) => `${p.title}\n${p.abstract}`).join('\n');
  }
  const blocks = entries.map((p) => {
    const meta = layout === 'metadata' && !rng.chance(NO_METADATA_RATE) ? metadataBlock(p) : undefined;
    return meta ? `${p.title}\n\n${p.abstract}\n\n${meta}` : `${p.title}\n\n${p.abstract}`;
  });
  return `${header(layout, listingDate, rng.chance(0.8))}\n\n${blocks.join('\n\n')}`;
}

/**
 * Raw listing files holding every paper once, plus ≈duplicateRate extra entries that repeat a paper in a different
 * file (as the seeds do). Linear in the number of papers apart from one sort per file.
 */
export function toListingFiles(papers: SyntheticPaper[], opts: ListingOptions = {}): ListingFile[] {
  const perFile = opts.perFile ?? 200;
  const layouts = opts.layouts ?? LISTING_LAYOUTS;
  const rng = createRng(opts.seed ?? 1);
  const duplicates = Math.round(papers.length * (opts.duplicateRate ?? 0.1));
  const fileCount = Math.max(1, Math.ceil((papers.length + duplicates) / perFile));
  const fileOf = (i: number) => Math.floor((i * fileCount) / Math.max(1, papers.length));

  // Each file's entries with a sort position: originals keep catalogue order, repeats land at a random place.
  const slots: { pos: number; paper: SyntheticPaper }[][] = Array.from({ length: fileCount }, () => []);
  papers.forEach((paper, i) => slots[fileOf(i)].push({ pos: i, paper }));
  if (fileCount > 1) {
    for (let d = 0; d < duplicates; d++) {
      const i = rng.int(0, papers.length - 1);
      const target = (fileOf(i) + rng.int(1, fileCount - 1)) % fileCount;
      const first = Math.ceil((target * papers.length) / fileCount);
      const last = Math.ceil(((target + 1) * papers.length) / fileCount);
      slots[target].push({ pos: first + rng.next() * Math.max(1, last - first) - 0.5, paper: papers[i] });
    }
  }

  const width = Math.max(3, String(fileCount - 1).length);
  return slots.map((entries, f) => {
    entries.sort((a, b) => a.pos - b.pos || a.paper.title.localeCompare(b.paper.title));
    const layout = layouts[f % layouts.length];
    const m = rng.int(0, 11);
    const listingDate = `${MONTHS[m]} ${rng.int(1, MONTH_DAYS[m])}`;
    return {
      name: `${String(f).padStart(width, '0')}_synthetic_${layout}.txt`,
      text: renderListing(
        layout,
        entries.map((e) => e.paper),
        listingDate,
        rng,
      ),
    };
  });
}
