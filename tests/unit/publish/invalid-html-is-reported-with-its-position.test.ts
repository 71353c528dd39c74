import { expect, it } from 'vitest';
import { checkHtml, pagesToValidate } from '../../../scripts/lib/site-check/check-html.ts';
import { readFixture } from './load-fixture.ts';

it('passes a valid page', async () => {
  expect(await checkHtml('valid.html', readFixture('html', 'valid.html'))).toEqual([]);
});

it('reports misnested tags and a duplicate id with file, line and rule', async () => {
  const problems = await checkHtml('invalid.html', readFixture('html', 'invalid.html'));
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.every((p) => p.file === 'invalid.html' && p.line === 10)).toBe(true);
  expect(problems.map((p) => p.message).join('\n')).toMatch(/no-dup-id/);
});

it('validates every page of a small site and, on a large one, every non-paper page plus a fixed sample', () => {
  const small = ['index.html', 'papers/a/index.html'];
  expect(pagesToValidate(small, 10)).toEqual(small);
  const papers = Array.from({ length: 10_000 }, (_, k) => `papers/p${String(k).padStart(5, '0')}/index.html`);
  const all = ['404.html', 'index.html', 'tags/llm/index.html', ...papers];
  const sample = pagesToValidate(all, 500);
  expect(sample).toHaveLength(500);
  expect(sample).toEqual(expect.arrayContaining(['404.html', 'index.html', 'tags/llm/index.html']));
  expect(pagesToValidate(all, 500)).toEqual(sample);
});
