/**
 * Everything a paper page shows besides its MDX body, resolved from the catalogue maps in O(links) per paper.
 * Links to papers the catalogue does not hold are dropped rather than rendered broken.
 */
import type { Paper } from '../schema/paper.ts';
import { relatedExplanation, type Catalogue, type TagInfo } from './catalogue-model.ts';
import { editTagsUrl, type RepoRef } from './edit-link.ts';

export interface LinkedPaper {
  id: string;
  title: string;
  date?: string;
  why?: string;
}

export interface PaperView {
  paper: Paper;
  tags: TagInfo[];
  related: LinkedPaper[];
  mentions: LinkedPaper[];
  mentionedBy: LinkedPaper[];
  editUrl: string;
  /** Pagefind filter/sort values, precomputed so the template stays declarative. */
  year?: string;
  hasCode: boolean;
}

export function paperView(c: Catalogue, paper: Paper, repo: RepoRef, curated: ReadonlySet<string>): PaperView {
  const tagInfo = (id: string): TagInfo => c.tagById.get(id) ?? { id, label: id };
  const link = (id: string, why?: string): LinkedPaper[] => {
    const p = c.byId.get(id);
    if (!p) return [];
    return [{ id, title: p.title, date: p.date, ...(why ? { why } : {}) }];
  };
  return {
    paper,
    tags: paper.tags.map(tagInfo),
    related: paper.related.flatMap((r) => link(r.id, relatedExplanation(r.terms, r.tags.map((t) => tagInfo(t).label)))),
    mentions: paper.mentions.flatMap((id) => link(id)),
    mentionedBy: paper.mentionedBy.flatMap((id) => link(id)),
    editUrl: editTagsUrl(repo, paper, curated.has(paper.id)),
    year: paper.date?.slice(0, 4),
    hasCode: paper.codeUrls.length > 0,
  };
}
