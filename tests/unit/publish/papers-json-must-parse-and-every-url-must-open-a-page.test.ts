import { expect, it } from 'vitest';
import { checkPapersJson } from '../../../scripts/lib/site-check/check-papers-json.ts';

const resolves = (url: string) => url === '/atlas/papers/a/';

it('passes an export whose urls open pages', () => {
  expect(checkPapersJson('papers.json', JSON.stringify([{ id: 'a', title: 'A', url: '/atlas/papers/a/' }]), resolves)).toEqual([]);
});

it('reports invalid JSON at its line', () => {
  const problems = checkPapersJson('papers.json', '[\n{"id": "a",,}\n]', resolves);
  expect(problems).toHaveLength(1);
  expect(problems[0]!.line).toBe(2);
});

it('reports a url without the base path, a duplicate id and a missing title', () => {
  const text = JSON.stringify([
    { id: 'a', title: 'A', url: '/papers/a/' },
    { id: 'a', url: '/atlas/papers/a/' },
  ]);
  const messages = checkPapersJson('papers.json', text, resolves).map((p) => p.message);
  expect(messages).toEqual([
    'paper 1 (a): url /papers/a/ does not open a page in the site',
    'paper 2: duplicate id "a"',
    'paper 2 (a) has no title',
  ]);
});
