/**
 * In-corpus mentions: when an abstract names another catalogued paper, that name becomes a link in the body and
 * both papers record it (`mentions` / `mentionedBy`).
 *
 * The rule against false links, in order:
 * 1. Names come from titles only: the method name before a colon ("UltraFeedback: Boosting…" → "UltraFeedback",
 *    "The Vendi Score: …" → "Vendi Score") and the full title itself.
 * 2. A name must be distinctive. A one-word name needs capitals or digits of its own: camel-case ("WildBench"),
 *    an acronym of at least 4 letters ("STARC"; 2–3 letter ones like "CM" or "MRS" collide with common
 *    abbreviations) or letters mixed with digits ("HelpSteer2"). A plain capitalised word ("Tuna", "Drama") is a
 *    dictionary word and never links. A multi-word name needs one such word, or a word that never appears in
 *    lower case anywhere in the catalogue (a proper noun like "Vendi"), and must be in Title Case. A full title needs
 *    at least 3 words.
 * 3. Matching is case-sensitive on word boundaries, where a hyphen counts as part of a word (so "DPO" never matches
 *    inside "LongDPO" or "MM-RLHF").
 * 4. A name owned by two papers links to neither (ambiguous); a paper never links to itself; only the first
 *    occurrence per mentioned paper in an abstract is linked; text inside URLs, math and existing links is left
 *    alone.
 */
import type { PaperRecord, Segment } from '../types.ts';

const MIN_ACRONYM = 4;

/** Camel-case, acronym of 4+ letters, or letters mixed with digits. */
function isDistinctiveWord(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return false;
  if (/\p{N}/u.test(word) && /\p{L}/u.test(word)) return true;
  if (/\p{Ll}\p{Lu}/u.test(word)) return true; // UltraFeedback, CoLiDE, kNN
  const caps = letters.replace(/[^\p{Lu}]/gu, '').length;
  return caps === letters.length && letters.length >= MIN_ACRONYM;
}

/** Lower-case word forms used anywhere in the catalogue: a capitalised word among them is ordinary English. */
function ordinaryWords(records: PaperRecord[]): Set<string> {
  const words = new Set<string>();
  for (const r of records) for (const m of `${r.title} ${r.abstract}`.matchAll(/\b\p{Ll}+\b/gu)) words.add(m[0]);
  return words;
}

const words = (name: string) => name.split(/\s+/).filter(Boolean);

/** The names a title offers (before the distinctiveness rule). */
function candidateNames(title: string): { name: string; full: boolean }[] {
  const out: { name: string; full: boolean }[] = [];
  const colon = title.indexOf(':');
  if (colon > 0) {
    const head = title
      .slice(0, colon)
      .trim()
      .replace(/^(?:The|A|An)\s+/, '');
    if (words(head).length <= 4) out.push({ name: head, full: false });
  }
  out.push({ name: title.trim(), full: true });
  return out;
}

function isDistinctiveName(name: string, full: boolean, ordinary: Set<string>): boolean {
  const ws = words(name);
  if (full) return ws.length >= 3;
  if (ws.length === 1) return isDistinctiveWord(ws[0]);
  // a multi-word name is written in Title Case (short function words aside), or it is a phrase, not a name
  if (!ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|in|on|for|and|the|to|via|with|a|an)$/.test(w))) return false;
  return ws.some(
    (w) =>
      w.split('-').some(isDistinctiveWord) ||
      (/^\p{Lu}\p{Ll}{3,}$/u.test(w) && !ordinary.has(w.toLowerCase()) && !ordinary.has(w.toLowerCase().replace(/s$/, ''))),
  );
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_-]/u.test(c);

const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * Distinctive, unambiguous names → owning paper id, and for each first token the most tokens a name starting with it
 * has. Scanning then looks up the few strings that could be a name at each place (ending at each of the next
 * tokens, longest first) instead of trying every name that shares the first word: with titles as names, "A …" or
 * "Learning …" matched thousands of titles at every occurrence, which made the step quadratic (40,000 papers: 22 s).
 */
interface MentionIndex {
  /** Names that end with a token ("BERT", "Cousins Of The Vendi Score"). */
  idOf: Map<string, string>;
  /** Names that end in punctuation ("Why Not Both?"), under their text up to the last token, longest first. */
  withTail: Map<string, { name: string; id: string }[]>;
  maxTokens: Map<string, number>;
}

function mentionIndex(records: PaperRecord[]): MentionIndex {
  const ordinary = ordinaryWords(records);
  const owners = new Map<string, Set<string>>();
  for (const r of records) {
    for (const { name, full } of candidateNames(r.title)) {
      if (!isDistinctiveName(name, full, ordinary)) continue;
      const set = owners.get(name) ?? owners.set(name, new Set()).get(name)!;
      set.add(r.id);
    }
  }
  const idOf = new Map<string, string>();
  const withTail = new Map<string, { name: string; id: string }[]>();
  const maxTokens = new Map<string, number>();
  for (const [name, ids] of owners) {
    if (ids.size !== 1) continue; // ambiguous: shared by two papers
    const tokens = [...name.matchAll(TOKEN)];
    // A name must start with a token, or scanning (which starts at tokens) could never find it.
    if (tokens.length === 0 || tokens[0]!.index !== 0) continue;
    const id = [...ids][0]!;
    const lastToken = tokens[tokens.length - 1]!;
    const core = name.slice(0, lastToken.index + lastToken[0].length);
    if (core === name) idOf.set(name, id);
    else (withTail.get(core) ?? withTail.set(core, []).get(core)!).push({ name, id });
    maxTokens.set(tokens[0]![0], Math.max(maxTokens.get(tokens[0]![0]) ?? 0, tokens.length));
  }
  for (const list of withTail.values()) list.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
  return { idOf, withTail, maxTokens };
}

const URL_RE = /(?:https?:\/\/|www\.)\S+|\b[\w.-]+\.(?:com|org|io|net|ai)\/\S*/gu;

/** Splits one text segment at the mentions it holds; `seen` keeps one link per mentioned paper. */
function linkText(text: string, selfId: string, index: MentionIndex, seen: Set<string>): Segment[] {
  const urls = [...text.matchAll(URL_RE)].map((m) => [m.index, m.index + m[0].length] as const);
  const inUrl = (i: number) => urls.some(([s, e]) => i >= s && i < e);
  const out: Segment[] = [];
  let last = 0;
  const usable = (name: string, id: string | undefined, start: number): id is string =>
    id !== undefined && id !== selfId && !seen.has(id) && text.startsWith(name, start) && !isWordChar(text[start + name.length]);
  const tokens = [...text.matchAll(TOKEN)];
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]!.index;
    if (start < last || isWordChar(text[start - 1])) continue;
    const most = index.maxTokens.get(tokens[i]![0]);
    if (most === undefined) continue;
    // Longest candidate first, so "Cousins Of The Vendi Score" wins over a shorter name at the same place.
    for (let j = Math.min(i + most, tokens.length) - 1; j >= i; j--) {
      const core = text.slice(start, tokens[j]!.index + tokens[j]![0].length);
      let hit = index.withTail.get(core)?.find((c) => usable(c.name, c.id, start));
      if (!hit) {
        const id = index.idOf.get(core);
        if (usable(core, id, start)) hit = { name: core, id };
      }
      if (!hit) continue;
      if (inUrl(start)) break;
      seen.add(hit.id);
      if (start > last) out.push({ kind: 'text', text: text.slice(last, start) });
      out.push({ kind: 'link', text: hit.name, href: `../${hit.id}/` });
      last = start + hit.name.length;
      break;
    }
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** Links names of other catalogued papers in every body and sets `mentions` and `mentionedBy` (sorted ids). */
export function linkMentions(records: PaperRecord[]): PaperRecord[] {
  const index = mentionIndex(records);
  const mentionedBy = new Map<string, Set<string>>();
  const linked = records.map((r) => {
    const seen = new Set<string>();
    const body = r.body.flatMap((s) => (s.kind === 'text' ? linkText(s.text, r.id, index, seen) : [s]));
    for (const id of seen) (mentionedBy.get(id) ?? mentionedBy.set(id, new Set()).get(id)!).add(r.id);
    return { ...r, body, mentions: [...seen].sort() };
  });
  return linked.map((r) => ({ ...r, mentionedBy: [...(mentionedBy.get(r.id) ?? [])].sort() }));
}
