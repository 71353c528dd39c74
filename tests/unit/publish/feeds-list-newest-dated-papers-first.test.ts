import { expect, it } from 'vitest';
import { feedItem, newestPapers } from '../../../src/lib/feed-items.ts';

const paper = (id: string, date?: string, listingDate?: string) => ({
  id,
  title: id,
  abstract: `Abstract of ${id}. More.`,
  date,
  tags: ['llm'],
  sources: [{ file: 'a.txt', line: 1, listingDate }],
});

it('orders by date descending, ties by id, then papers known only by listing date, then undated', () => {
  const papers = [paper('c', '2024-01-01'), paper('b', '2024-05-01'), paper('a', '2024-05-01'), paper('z'), paper('l', undefined, '2024-03-01')];
  expect(newestPapers(papers).map((p) => p.id)).toEqual(['a', 'b', 'l', 'c', 'z']);
  expect(newestPapers(papers, 2).map((p) => p.id)).toEqual(['a', 'b']);
});

it('turns a paper into an item with a summary, a same-day date in every zone, and tag labels as categories', () => {
  const item = feedItem(paper('a', '2024-05-01'), 'https://atlas.test/papers/a/', (id) => id.toUpperCase());
  expect(item).toMatchObject({ link: 'https://atlas.test/papers/a/', description: 'Abstract of a. More.', categories: ['LLM'] });
  expect(item.pubDate?.toISOString()).toBe('2024-05-01T12:00:00.000Z');
  expect(feedItem(paper('z'), 'u', String).pubDate).toBeUndefined();
});
