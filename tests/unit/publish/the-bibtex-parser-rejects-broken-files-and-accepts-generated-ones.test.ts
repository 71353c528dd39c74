import { expect, it } from 'vitest';
import { checkBibtex } from '../../../scripts/lib/site-check/check-bibtex.ts';
import { parseBibtex } from '../../../scripts/lib/site-check/parse-bibtex.ts';
import { catalogueBibtex } from '../../../src/lib/bibtex.ts';
import { readFixture } from './load-fixture.ts';

it('accepts comments, @string macros, month macros, # concatenation and ( ) delimiters', () => {
  const { entries, problems } = parseBibtex('good.bib', readFixture('bib', 'good.bib'));
  expect(problems).toEqual([]);
  expect(entries.map((e) => e.key)).toEqual(['survey2024:0a1b2c3d', 'other2023:ffffffff']);
  expect(entries[0]!.fields.get('note')).toBe('Paper Atlas, listing');
  expect(entries[0]!.fields.get('month')).toBe('sep');
});

it('reports an unbalanced brace at its line and still reads the next entry', () => {
  const { entries, problems } = parseBibtex('u.bib', readFixture('bib', 'unbalanced.bib'));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: 'u.bib', line: 1 });
  expect(problems[0]!.message).toContain('unbalanced braces');
  expect(entries.map((e) => e.key)).toEqual(['b2024:00000002']);
});

it('reports duplicate keys (case-insensitively, as BibTeX does)', () => {
  const messages = checkBibtex('d.bib', readFixture('bib', 'duplicate-key.bib')).map((p) => p.message);
  expect(messages).toEqual(['duplicate key "A2024:00000001" (first at line 1)']);
});

it('reports a missing title and an undefined macro', () => {
  const messages = checkBibtex('m.bib', readFixture('bib', 'missing-title-and-macro.bib')).map((p) => p.message);
  expect(messages.some((m) => m.includes('has no title'))).toBe(true);
  expect(messages.some((m) => m.includes('undefined macro "undefinedmacro"'))).toBe(true);
});

it('accepts the generator output for hostile papers', () => {
  const papers = ['A {broken} title', 'Unbalanced } and { and \\', '100% & $x_1^2$ #1 ~ ok'].map((title, k) => ({
    id: `p${k}`,
    title,
    org: k === 1 ? 'Org {with} % & braces}' : undefined,
    date: k === 2 ? '2024-12-31' : undefined,
    sources: [{ file: 'f.txt', line: k + 1, listingDate: '2025-01-01' }],
  }));
  const text = catalogueBibtex(papers, (id) => `https://atlas.test/papers/${id}/`);
  expect(checkBibtex('catalogue.bib', text)).toEqual([]);
  expect(parseBibtex('catalogue.bib', text).entries).toHaveLength(3);
});

it('reports a value whose brace is never closed before the next entry, at the value', () => {
  const text = '@misc{a,\n  title = {Open {brace,\n}\n@misc{b,\n  title = {Fine},\n}\n';
  const { entries, problems } = parseBibtex('o.bib', text);
  expect(problems).toEqual([{ file: 'o.bib', line: 2, col: 11, message: 'BibTeX: unbalanced braces: value is not closed before the next entry' }]);
  expect(entries.map((e) => e.key)).toEqual(['b']);
});
