/**
 * The automatic tagger: transparent rules from content/tags.yml (phrases, acronyms, excludes) matched on whole words.
 *
 * Scoring, so reviewers can predict the outcome: each distinct phrase or acronym found scores 1 point, or 2 when it
 * occurs in the title; a tag applies when its points reach `minMatches`. A match that lies inside an `exclude`
 * phrase does not count. A tag implies its ancestors (a paper tagged `reward-modeling` is also `rlhf` and
 * `alignment`). Curation is applied last and wins: `add` tags (with their ancestors) are added, `remove` tags are
 * removed even if an automatic rule or a descendant would have implied them.
 */
import type { Tag } from '../../../src/schema/tag.ts';
import type { PaperRecord } from '../types.ts';

export interface TagCandidate {
  id: string;
  /** Human-readable reasons, e.g. `title: "reward model"`, `abstract: "RLHF" ×3`. */
  evidence: string[];
  score: number;
}

export interface CurationEntry {
  add: string[];
  remove: string[];
}

interface Rule {
  tag: number;
  text: string;
  tokens: string[];
  kind: 'phrase' | 'acronym' | 'exclude';
}

interface Compiled {
  tags: Tag[];
  /** First token → rules starting with it; phrases and excludes keyed lower-case, acronyms as written. */
  folded: Map<string, Rule[]>;
  exact: Map<string, Rule[]>;
  ancestors: string[][];
}

/** Same word split as paper ids: accents dropped, anything that is not a letter or digit separates words. */
function tokens(text: string): string[] {
  // Most abstracts are ASCII; Unicode normalisation is the slow part, so only pay for it when needed.
  if (/^[\x00-\x7f]*$/.test(text)) return text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const compiledCache = new WeakMap<Tag[], Compiled>();

/** Compile once per taxonomy (cached by array identity), so tagging 100k papers builds no per-paper regexes. */
export function compileTaxonomy(tags: Tag[]): Compiled {
  const cached = compiledCache.get(tags);
  if (cached) return cached;
  const folded = new Map<string, Rule[]>();
  const exact = new Map<string, Rule[]>();
  // Plural forms of one-word rules get their own keys, so matching costs one map lookup per word of text.
  const add = (map: Map<string, Rule[]>, rule: Rule) => {
    if (rule.tokens.length === 0) return;
    const first = rule.tokens[0]!;
    const keys = rule.tokens.length === 1 ? [first, `${first}s`, `${first}es`] : [first];
    for (const key of keys) {
      const list = map.get(key) ?? [];
      if (!list.includes(rule)) list.push(rule);
      map.set(key, list);
    }
  };
  tags.forEach((tag, i) => {
    for (const p of tag.match.phrases) add(folded, { tag: i, text: p, tokens: tokens(p.toLowerCase()), kind: 'phrase' });
    for (const p of tag.match.exclude) add(folded, { tag: i, text: p, tokens: tokens(p.toLowerCase()), kind: 'exclude' });
    for (const a of tag.match.acronyms) add(exact, { tag: i, text: a, tokens: tokens(a), kind: 'acronym' });
  });
  const byId = new Map(tags.map((t) => [t.id, t]));
  const ancestors = tags.map((t) => {
    const chain: string[] = [];
    const seen = new Set([t.id]);
    for (let p = t.parent; p !== undefined && byId.has(p) && !seen.has(p); p = byId.get(p)!.parent) {
      chain.push(p);
      seen.add(p);
    }
    return chain;
  });
  const compiled = { tags, folded, exact, ancestors };
  compiledCache.set(tags, compiled);
  return compiled;
}

/** A word matches a rule word exactly or as its plural ("models" for "model", "RLHFs" never occurs but "PRMs" does). */
const wordMatches = (word: string, ruleWord: string, last: boolean) =>
  word === ruleWord || (last && (word === ruleWord + 's' || word === ruleWord + 'es'));

interface Hit {
  rule: Rule;
  start: number;
  end: number;
}

function findHits(words: string[], map: Map<string, Rule[]>, out: Hit[]): void {
  for (let i = 0; i < words.length; i++) {
    const list = map.get(words[i]!);
    if (!list) continue;
    for (const rule of list) {
      const n = rule.tokens.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = wordMatches(words[i + k]!, rule.tokens[k]!, k === n - 1);
      if (ok) out.push({ rule, start: i, end: i + n });
    }
  }
}

interface FieldCounts {
  title: Map<Rule, number>;
  abstract: Map<Rule, number>;
}

function countField(text: string, c: Compiled, into: Map<Rule, number>): void {
  const words = tokens(text);
  const lower = words.map((w) => w.toLowerCase());
  const hits: Hit[] = [];
  findHits(lower, c.folded, hits);
  findHits(words, c.exact, hits);
  const excluded = hits.filter((h) => h.rule.kind === 'exclude');
  for (const h of hits) {
    if (h.rule.kind === 'exclude') continue;
    const vetoed = excluded.some((x) => x.rule.tag === h.rule.tag && x.start <= h.start && h.end <= x.end);
    if (!vetoed) into.set(h.rule, (into.get(h.rule) ?? 0) + 1);
  }
}

/** Candidate tags for one paper, strongest first, each with the evidence that produced it (no ancestors added). */
export function autoTag(paper: { title: string; abstract: string }, tags: Tag[]): TagCandidate[] {
  const c = compileTaxonomy(tags);
  const counts = countFields(paper, c);
  const perTag = new Map<number, { score: number; evidence: string[] }>();
  for (const rule of rulesOf(counts)) {
    const inTitle = counts.title.get(rule) ?? 0;
    const inAbstract = counts.abstract.get(rule) ?? 0;
    const entry = perTag.get(rule.tag) ?? { score: 0, evidence: [] };
    entry.score += inTitle > 0 ? 2 : 1;
    const where = [inTitle > 0 ? 'title' : '', inAbstract > 0 ? `abstract${inAbstract > 1 ? ` ×${inAbstract}` : ''}` : '']
      .filter(Boolean)
      .join(', ');
    entry.evidence.push(`${rule.kind} "${rule.text}" (${where})`);
    perTag.set(rule.tag, entry);
  }
  const out: TagCandidate[] = [];
  for (const [i, { score, evidence }] of perTag) {
    const tag = c.tags[i]!;
    if (score < tag.match.minMatches) continue;
    out.push({ id: tag.id, score, evidence: evidence.sort() });
  }
  return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function countFields(paper: { title: string; abstract: string }, c: Compiled): FieldCounts {
  const counts: FieldCounts = { title: new Map(), abstract: new Map() };
  countField(paper.title, c, counts.title);
  countField(paper.abstract, c, counts.abstract);
  return counts;
}

/** Rules found in the title or abstract, title first (the order autoTag's evidence was built in). */
function rulesOf(counts: FieldCounts): Set<Rule> {
  return new Set([...counts.title.keys(), ...counts.abstract.keys()]);
}

/**
 * The tag indices autoTag would return, scored the same way but without formatting evidence or sorting: the
 * build only needs the set, and at 100k papers the evidence strings were most of the tagger's time.
 */
function autoTagIndices(paper: { title: string; abstract: string }, c: Compiled): number[] {
  const counts = countFields(paper, c);
  const scores = new Map<number, number>();
  for (const rule of rulesOf(counts)) scores.set(rule.tag, (scores.get(rule.tag) ?? 0) + (counts.title.has(rule) ? 2 : 1));
  const out: number[] = [];
  for (const [i, score] of scores) if (score >= c.tags[i]!.match.minMatches) out.push(i);
  return out;
}

/** Ancestors of a tag id, nearest first. */
export function ancestorsOf(id: string, tags: Tag[]): string[] {
  const c = compileTaxonomy(tags);
  const i = c.tags.findIndex((t) => t.id === id);
  return i < 0 ? [] : c.ancestors[i]!;
}

/** The final tag set of one paper: automatic tags and ancestors, then curation (which wins), sorted. */
export function finalTags(paper: { id: string; title: string; abstract: string }, tags: Tag[], curation: Map<string, CurationEntry>): string[] {
  const c = compileTaxonomy(tags);
  const index = indexOf(c);
  const set = new Set<string>();
  const withAncestors = (id: string) => {
    set.add(id);
    const i = index.get(id);
    if (i !== undefined) for (const a of c.ancestors[i]!) set.add(a);
  };
  for (const i of autoTagIndices(paper, c)) withAncestors(c.tags[i]!.id);
  const curated = curation.get(paper.id);
  if (curated) {
    for (const id of curated.add) withAncestors(id);
    for (const id of curated.remove) set.delete(id);
  }
  return [...set].sort();
}

const indexCache = new WeakMap<Compiled, Map<string, number>>();
function indexOf(c: Compiled): Map<string, number> {
  let m = indexCache.get(c);
  if (!m) {
    m = new Map(c.tags.map((t, i) => [t.id, i]));
    indexCache.set(c, m);
  }
  return m;
}

/** Pipeline step: set every record's final, sorted `tags`. Records are not mutated. */
export function tagPapers(records: PaperRecord[], tags: Tag[], curation: Map<string, CurationEntry>): PaperRecord[] {
  return records.map((r) => ({ ...r, tags: finalTags(r, tags, curation) }));
}
