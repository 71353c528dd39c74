import { expect, it } from 'vitest';
import { bibtexTitle, escapeBibtex, paperToBibtex } from '../../../src/lib/bibtex.ts';
import { parseBibtex } from '../../../scripts/lib/site-check/parse-bibtex.ts';

const balanced = (s: string) => {
  let depth = 0;
  for (const c of s) {
    depth += c === '{' ? 1 : c === '}' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
};

it('escapes every BibTeX special into a brace-balanced form', () => {
  const hostile = 'a { b } c \\ d % e & f $ g # h _ i ^ j ~ k }}}';
  const out = escapeBibtex(hostile);
  expect(balanced(out)).toBe(true);
  for (const s of ['\\%', '\\&', '\\$', '\\#', '\\_', '{\\textasciicircum}', '{\\textasciitilde}', '{\\textbackslash}', '{\\textbraceleft}', '{\\textbraceright}']) {
    expect(out).toContain(s);
  }
  expect(out).not.toMatch(/(^|[^\\])[%&$#_]/);
});

it('keeps Unicode and protects acronyms and mixed-case words from lower-casing styles', () => {
  expect(bibtexTitle('LoRA for GPT-4 in Zürich: a Study')).toBe('{LoRA} for {GPT-4} in Zürich: a Study');
  expect(bibtexTitle('Über naïve Transformers')).toBe('Über naïve Transformers');
});

it('writes an @misc entry that parses back to the original fields', () => {
  const paper = {
    id: 'costs-of-x',
    title: 'Costs of {X} at 100% & $O(n^2)$_ok',
    date: '2024-03-07',
    org: 'Meta & {AI}',
    sources: [{ file: 'a.txt', line: 3, listingDate: '2024-03-09' }],
  };
  const text = paperToBibtex(paper, { url: 'https://atlas.test/papers/costs-of-x/' });
  const { entries, problems } = parseBibtex('p.bib', text);
  expect(problems).toEqual([]);
  const fields = entries[0]!.fields;
  expect(entries[0]!.type).toBe('misc');
  expect(fields.get('year')).toBe('2024');
  expect(fields.get('month')).toBe('mar');
  expect(fields.get('author')).toBe('{Meta \\& {\\textbraceleft}AI{\\textbraceright}}');
  expect(fields.get('url')).toBe('https://atlas.test/papers/costs-of-x/');
  expect(fields.get('note')).toContain('2024-03-09');
});

it('omits the author, and says why, when the listing only gave an author count', () => {
  const text = paperToBibtex(
    { id: 'x', title: 'X', authors: 7, sources: [{ file: 'a.txt', line: 1 }] },
    { url: 'https://atlas.test/papers/x/' },
  );
  expect(text).toMatch(/^% No author names are known .*author count: 7/);
  expect(parseBibtex('x.bib', text).entries[0]!.fields.has('author')).toBe(false);
  expect(text).not.toContain('year =');
});
