import { expect, it } from 'vitest';
import { findUnsafeMdxNodes, visibleMdxText } from '../../../scripts/lib/mdx/check-mdx-ast.ts';
import { paperToMdx } from '../../../scripts/lib/mdx/write-paper.ts';
import { expectedVisible } from '../../fixtures/mdx/hostile-texts.ts';
import { link, makeRecord, math, text } from '../../fixtures/mdx/records.ts';

/** Pieces that combine into syntax: every ASCII punctuation mark, whitespace, keywords, URL and entity fragments. */
const PIECES = [
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  ' ', '  ', '\t', '\n', 'a', 'x', '1', '10', 'é', '∑', '🙂', 'import ', 'export ', 'www', 'http', 'https', '://',
  '.com', '@', 'mailto:', '&amp;', '&#x41;', '<b>', '</b>', '<!--', '-->', '---', '***', '```', '$$', '~~', '[^1]',
];

/** Seeded so a failure is reproducible; mulberry32. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

it('1,000 random strings of syntax fragments all render as exactly themselves, alone and around links and math', () => {
  const next = rng(20240601);
  const soup = () =>
    Array.from({ length: 1 + Math.floor(next() * 12) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
  const failures: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const [a, b, c] = [soup(), soup(), soup()];
    const mdx = paperToMdx(makeRecord({ body: [text(a), link(b, '../bert/'), math('y'), text(c)] }));
    const problems = findUnsafeMdxNodes(mdx, 'p.mdx');
    const seen = problems.length ? '' : visibleMdxText(mdx);
    const want = expectedVisible(`${a}${b}y${c}`);
    if (problems.length || seen !== want) failures.push(JSON.stringify([a, b, c]));
  }
  expect(failures).toEqual([]);
}, 30_000);
