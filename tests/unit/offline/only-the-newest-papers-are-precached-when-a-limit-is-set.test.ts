import { expect, test } from 'vitest';
import { papersLeftToRuntime } from '../../../src/integrations/offline-plan.ts';

const papers = [
  { path: 'papers/b/index.html', date: '2024-03-01' },
  { path: 'papers/undated/index.html' },
  { path: 'papers/a/index.html', date: '2024-03-01' },
  { path: 'papers/old/index.html', date: '2021-07-15' },
  { path: 'papers/new/index.html', date: '2025-01-02' },
];

test('with a limit of 2 the newest paper and the first of a same-day pair are precached; older and undated are not', () => {
  expect(papersLeftToRuntime(papers, 2)).toEqual(['papers/b/index.html', 'papers/old/index.html', 'papers/undated/index.html']);
});

test("'all', or a limit at least the catalogue's size, leaves nothing to runtime caching", () => {
  expect(papersLeftToRuntime(papers, 'all')).toEqual([]);
  expect(papersLeftToRuntime(papers, 5)).toEqual([]);
});

test('a limit of 0 precaches no paper pages at all', () => {
  expect(papersLeftToRuntime(papers, 0)).toHaveLength(5);
});
