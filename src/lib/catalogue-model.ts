/**
 * The catalogue as the site sees it: lookup maps and orderings computed once from the collections, so each page
 * is a handful of map lookups (10,000+ papers must not make page generation quadratic). Pure: no astro:content here,
 * which keeps it testable without a build.
 */
import type { Paper } from '../schema/paper.ts';
import type { Tag } from '../schema/tag.ts';

/** A tag as the site shows it: known tags from the taxonomy, or a stand-in for an id the taxonomy lacks. */
export interface TagInfo {
  id: string;
  label: string;
  description?: string;
  parent?: string;
}

export interface TagNode {
  tag: TagInfo;
  count: number;
  children: TagNode[];
}

export interface Catalogue {
  /** Newest first; undated after dated; ties by title then id. */
  papers: Paper[];
  byId: Map<string, Paper>;
  /** Every tag: taxonomy order-independent, sorted by label then id. Includes ids used by papers but missing from tags.yml. */
  tags: TagInfo[];
  tagById: Map<string, TagInfo>;
  /** Papers of each tag, newest first (same order as `papers`). */
  papersByTag: Map<string, Paper[]>;
  /** Direct children of each tag, sorted by label. */
  childrenByTag: Map<string, TagInfo[]>;
  /** Distinct listing files across all papers. */
  listingCount: number;
}

const byCodepoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Case-insensitive title order with a codepoint tie-break, so the order never depends on locale data. */
export function compareTitles(a: string, b: string): number {
  return byCodepoint(a.toLowerCase(), b.toLowerCase()) || byCodepoint(a, b);
}

/** Newest first; papers without a date after all dated ones; ties by title, then id. */
export function comparePapersNewestFirst(a: Paper, b: Paper): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return byCodepoint(b.date, a.date);
  }
  return compareTitles(a.title, b.title) || byCodepoint(a.id, b.id);
}

export function sortPapersNewestFirst(papers: readonly Paper[]): Paper[] {
  return [...papers].sort(comparePapersNewestFirst);
}

const compareTagInfo = (a: TagInfo, b: TagInfo): number => compareTitles(a.label, b.label) || byCodepoint(a.id, b.id);

export function buildCatalogue(papers: readonly Paper[], taxonomy: readonly Tag[]): Catalogue {
  const sorted = sortPapersNewestFirst(papers);
  const byId = new Map(sorted.map((p) => [p.id, p]));

  const tagById = new Map<string, TagInfo>();
  for (const t of taxonomy) tagById.set(t.id, { id: t.id, label: t.label, description: t.description, parent: t.parent });
  const papersByTag = new Map<string, Paper[]>();
  for (const p of sorted) {
    for (const t of p.tags) {
      // A tag the taxonomy does not know still gets a page rather than a broken link; `npm run check` reports it.
      if (!tagById.has(t)) tagById.set(t, { id: t, label: t });
      let list = papersByTag.get(t);
      if (!list) papersByTag.set(t, (list = []));
      list.push(p);
    }
  }
  const tags = [...tagById.values()].sort(compareTagInfo);
  const childrenByTag = new Map<string, TagInfo[]>();
  for (const t of tags) {
    if (!t.parent || !tagById.has(t.parent)) continue;
    let list = childrenByTag.get(t.parent);
    if (!list) childrenByTag.set(t.parent, (list = []));
    list.push(t);
  }
  const listingFiles = new Set<string>();
  for (const p of sorted) for (const s of p.sources) listingFiles.add(s.file);

  return { papers: sorted, byId, tags, tagById, papersByTag, childrenByTag, listingCount: listingFiles.size };
}

export const paperCount = (c: Catalogue, tagId: string): number => c.papersByTag.get(tagId)?.length ?? 0;

/**
 * Tags as a forest under their parents. Roots are tags without a (known) parent; a parent cycle in a hand-edited
 * taxonomy is broken by never revisiting a tag, and any tag only reachable through a cycle becomes a root.
 */
export function tagForest(c: Catalogue): TagNode[] {
  const seen = new Set<string>();
  const grow = (tag: TagInfo): TagNode => {
    seen.add(tag.id);
    const children = (c.childrenByTag.get(tag.id) ?? []).filter((t) => !seen.has(t.id)).map(grow);
    return { tag, count: paperCount(c, tag.id), children };
  };
  const roots = c.tags.filter((t) => !t.parent || !c.tagById.has(t.parent)).map(grow);
  for (const t of c.tags) if (!seen.has(t.id)) roots.push(grow(t));
  return roots;
}

/** The tags with the most papers, ties by label. */
export function topTags(c: Catalogue, limit: number): { tag: TagInfo; count: number }[] {
  return c.tags
    .map((tag) => ({ tag, count: paperCount(c, tag.id) }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || compareTagInfo(a.tag, b.tag))
    .slice(0, limit);
}

/** Why two papers are linked, in words: `related through: reward model, preference data · tags: RLHF`. */
export function relatedExplanation(terms: readonly string[], tagLabels: readonly string[]): string {
  const parts: string[] = [];
  if (terms.length > 0) parts.push(`related through: ${terms.join(', ')}`);
  if (tagLabels.length > 0) parts.push(`tags: ${tagLabels.join(', ')}`);
  return parts.join(' · ');
}

/** "9 authors" or the organisation; the listing shows one or the other. */
export function bylineOf(p: Pick<Paper, 'authors' | 'org'>): string | undefined {
  if (p.org) return p.org;
  if (p.authors !== undefined) return p.authors === 1 ? '1 author' : `${p.authors} authors`;
  return undefined;
}

/** `1 upvote`, `37 upvotes`. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
