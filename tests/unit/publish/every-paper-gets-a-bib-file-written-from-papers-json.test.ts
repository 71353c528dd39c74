import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { writePaperBibtex } from '../../../src/integrations/paper-bibtex.ts';
import { paperToBibtex } from '../../../src/lib/bibtex.ts';

const papers = [
  { id: 'attention-is-all-you-need', title: 'Attention Is All You Need', date: '2017-06-12', authors: 8, sources: [{ file: 'a.txt', line: 3 }] },
  { id: 'undated-paper', title: 'An {Undated} Paper & Co', org: 'Some Lab', sources: [{ file: 'b.txt', line: 9 }] },
];

it('writes papers/<id>.bib for every paper in papers.json, citing its absolute URL under the base path', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'bib-'));
  writeFileSync(path.join(out, 'papers.json'), JSON.stringify(papers));
  expect(await writePaperBibtex(out, 'https://example.org', '/atlas/')).toBe(2);
  expect(readdirSync(path.join(out, 'papers')).sort()).toEqual(['attention-is-all-you-need.bib', 'undated-paper.bib']);
  const bib = readFileSync(path.join(out, 'papers', 'attention-is-all-you-need.bib'), 'utf8');
  expect(bib).toContain('https://example.org/atlas/papers/attention-is-all-you-need/');
  expect(bib).toBe(paperToBibtex(papers[0]!, { url: 'https://example.org/atlas/papers/attention-is-all-you-need/' }));
});
