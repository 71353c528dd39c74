/**
 * Tag suggestions for one paper: the tagger's candidates (with matched rules) merged with the tags of the papers
 * whose words overlap most with it, so a contributor sees both why a tag fits and what similar papers carry.
 */
import type { Tag } from '../../../src/schema/tag.ts';
import { titleWords } from '../records/ids.ts';
import { autoTag, finalTags, type CurationEntry } from './tagger.ts';

export interface Suggestion {
  id: string;
  score: number;
  evidence: string[];
}

interface Paper {
  id: string;
  title: string;
  abstract: string;
}

const NEIGHBOURS = 5;
// Words so common in abstracts that sharing them says nothing about topic.
const STOP = new Set('a an and are as at be by can for from has have in is it its of on or our that the their this to we which with using via these than not more also both such show results paper method methods model models propose based new how when into while over'.split(' '));

function words(p: Paper): Set<string> {
  return new Set(titleWords(`${p.title} ${p.abstract}`).filter((w) => w.length > 2 && !STOP.has(w)));
}

/** Jaccard overlap of content words; simple and explainable, and one pass over the catalogue per request. */
export function similarPapers(paper: Paper, papers: Paper[], k = NEIGHBOURS): { paper: Paper; score: number }[] {
  const mine = words(paper);
  const scored: { paper: Paper; score: number }[] = [];
  for (const other of papers) {
    if (other.id === paper.id) continue;
    const theirs = words(other);
    let shared = 0;
    for (const w of theirs) if (mine.has(w)) shared++;
    const union = mine.size + theirs.size - shared;
    if (union > 0 && shared > 0) scored.push({ paper: other, score: shared / union });
  }
  return scored.sort((a, b) => b.score - a.score || (a.paper.id < b.paper.id ? -1 : 1)).slice(0, k);
}

export function suggestTags(
  paper: Paper,
  papers: Paper[],
  tags: Tag[],
  curation: Map<string, CurationEntry>,
): { current: string[]; suggestions: Suggestion[] } {
  const byId = new Map<string, Suggestion>();
  const get = (id: string) => byId.get(id) ?? byId.set(id, { id, score: 0, evidence: [] }).get(id)!;
  for (const c of autoTag(paper, tags)) {
    const s = get(c.id);
    s.score += c.score;
    s.evidence.push(...c.evidence.map((e) => `matched ${e}`));
  }
  const neighbours = similarPapers(paper, papers);
  const carriers = new Map<string, string[]>();
  for (const { paper: other, score } of neighbours) {
    for (const id of finalTags(other, tags, curation)) {
      get(id).score += score;
      carriers.set(id, [...(carriers.get(id) ?? []), other.id]);
    }
  }
  for (const [id, ids] of carriers) get(id).evidence.push(`${ids.length} of ${neighbours.length} most similar papers carry it: ${ids.join(', ')}`);
  const suggestions = [...byId.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return { current: finalTags(paper, tags, curation), suggestions };
}
