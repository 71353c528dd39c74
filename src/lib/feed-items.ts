/**
 * Which papers a feed shows and how each becomes an item. Pure; the rss.xml endpoints only load collections.
 */
import type { Paper } from '../schema/paper.ts';
import { summarize } from './summary.ts';

export const FEED_LIMIT = 50;

export type FeedPaper = Pick<Paper, 'id' | 'title' | 'abstract' | 'date' | 'tags' | 'sources'>;

export interface FeedItem {
  title: string;
  link: string;
  pubDate?: Date;
  description: string;
  categories: string[];
}

/** Publication date, else the newest listing date: undated papers still sort by when they appeared. */
function sortDate(p: FeedPaper): string {
  if (p.date) return p.date;
  let newest = '';
  for (const s of p.sources) if (s.listingDate && s.listingDate > newest) newest = s.listingDate;
  return newest;
}

/** Newest first: dated papers by date descending, ties by id; papers with no date at all come last, by id. */
export function newestPapers<T extends FeedPaper>(papers: T[], limit = FEED_LIMIT): T[] {
  return papers
    .map((p) => ({ p, d: sortDate(p) }))
    .sort((a, b) => (a.d !== b.d ? (a.d < b.d ? 1 : -1) : a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0))
    .slice(0, limit)
    .map((x) => x.p);
}

export function feedItem(p: FeedPaper, link: string, tagLabel: (id: string) => string): FeedItem {
  const d = sortDate(p);
  return {
    title: p.title,
    link,
    // Noon UTC so the calendar day is the same in every reader's time zone.
    pubDate: d ? new Date(`${d}T12:00:00Z`) : undefined,
    description: summarize(p.abstract),
    categories: p.tags.map(tagLabel),
  };
}
