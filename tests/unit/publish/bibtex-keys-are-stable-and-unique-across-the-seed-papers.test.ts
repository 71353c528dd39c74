import path from 'node:path';
import { expect, it } from 'vitest';
import { readListings } from '../../../scripts/lib/io.ts';
import { parseListings } from '../../../scripts/lib/listing/parse-listings.ts';
import { paperId } from '../../../scripts/lib/records/ids.ts';
import { bibtexKey } from '../../../src/lib/bibtex.ts';

it('gives each of the 408 seed papers its own key, made of a title word, the year or "nd", and a hash', async () => {
  const entries = parseListings(await readListings(path.resolve(import.meta.dirname, '../../../content/sources')));
  const papers = new Map(entries.map((e) => [paperId(e.title), { id: paperId(e.title), title: e.title, date: e.date }]));
  const keys = [...papers.values()].map(bibtexKey);
  expect(new Set(keys).size).toBe(papers.size);
  expect(papers.size).toBe(408);
  for (const k of keys) expect(k).toMatch(/^[a-z0-9]+(\d{4}|nd):[0-9a-f]{12}$/);
  const survey = [...papers.values()].find((p) => /^a survey/i.test(p.title));
  if (survey) expect(bibtexKey(survey).startsWith('survey')).toBe(true);
});

it('keeps a key when other papers are added or the paper moves in the catalogue', () => {
  const p = { id: 'attention-is-all-you-need', title: 'Attention Is All You Need', date: '2017-06-12' };
  expect(bibtexKey(p)).toBe(bibtexKey({ ...p }));
  expect(bibtexKey(p)).toMatch(/^attention2017:[0-9a-f]{12}$/);
  expect(bibtexKey({ ...p, date: undefined })).toMatch(/^attentionnd:/);
});

it('stays unique across 100,000 synthetic papers that share a title word and year', () => {
  const keys = new Set<string>();
  for (let k = 0; k < 100_000; k++) keys.add(bibtexKey({ id: `diffusion-model-${k}`, title: `Diffusion model ${k}`, date: '2024-01-01' }));
  expect(keys.size).toBe(100_000);
});
