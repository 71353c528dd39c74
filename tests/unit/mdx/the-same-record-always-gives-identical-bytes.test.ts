import { expect, it } from 'vitest';
import { paperToMdx } from '../../../scripts/lib/mdx/write-paper.ts';
import { link, makeRecord, math, text } from '../../fixtures/mdx/records.ts';

const body = [text('We use www.example.com & $5 '), math('\\frac{a}{b}'), link('BERT', '../bert/'), text('.')];

it('writes byte-identical pages for the same record, however its keys were ordered', () => {
  const a = makeRecord({ body });
  const shuffled = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
  shuffled.sources = a.sources.map((s) => Object.fromEntries(Object.entries(s).reverse()) as (typeof a.sources)[0]);
  shuffled.related = a.related.map((r) => Object.fromEntries(Object.entries(r).reverse()) as (typeof a.related)[0]);
  expect(paperToMdx(shuffled)).toBe(paperToMdx(a));
  expect(paperToMdx(structuredClone(a))).toBe(paperToMdx(a));
});

it('writes frontmatter keys in the schema order and leaves absent optional fields out', () => {
  const mdx = paperToMdx(makeRecord({ date: undefined, org: undefined, upvotes: undefined }));
  const keys = mdx.split('\n---\n')[0]!.split('\n').filter((l) => /^\w+:/.test(l)).map((l) => l.split(':')[0]);
  expect(keys).toEqual(['id', 'title', 'abstract', 'authors', 'codeUrls', 'sources', 'tags', 'related', 'mentions', 'mentionedBy']);
});
