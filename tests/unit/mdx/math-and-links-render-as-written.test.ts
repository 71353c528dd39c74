import { expect, it } from 'vitest';
import { findUnsafeMdxNodes } from '../../../scripts/lib/mdx/check-mdx-ast.ts';
import { paperToMdx } from '../../../scripts/lib/mdx/write-paper.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import type { Segment } from '../../../scripts/lib/types.ts';
import { link, makeRecord, math, text } from '../../fixtures/mdx/records.ts';

interface N { type: string; value?: string; url?: string; children?: N[] }
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

function bodyNodes(body: Segment[]): N[] {
  const mdx = paperToMdx(makeRecord({ body }));
  expect(findUnsafeMdxNodes(mdx, 'p.mdx')).toEqual([]);
  const tree = parser.runSync(parser.parse(mdx.slice(mdx.indexOf('\n---\n') + 5))) as unknown as N;
  return tree.children![0]!.children!;
}

it.each(['\\frac{a}{b}', 'x < y > z', '\\{ x \\}', ' a\\ ', '\\text{import x}', 'a\nb', 'x_1^*'])(
  'math %j becomes one inline math node with the same tex',
  (tex) => {
    const nodes = bodyNodes([text('let '), math(tex), text(' hold')]);
    expect(nodes.map((n) => n.type)).toEqual(['text', 'inlineMath', 'text']);
    expect(nodes[1]!.value).toBe(tex.replace(/\n/g, ' '));
  },
);

it.each([
  '../attention-is-all-you-need/',
  'https://github.com/a/b_c',
  'https://x.y/p?q=1&r=2#f',
  'https://en.wikipedia.org/wiki/Foo_(bar)',
  'https://x.y/a<b>{c}',
])('link to %j keeps its href and its text', (href) => {
  const nodes = bodyNodes([text('see '), link('the *paper* [1]', href)]);
  const a = nodes.find((n) => n.type === 'link')!;
  expect(a.url).toBe(href);
  expect(a.children!.map((c) => c.value).join('')).toBe('the *paper* [1]');
});

it('percent-encodes whitespace in an href instead of breaking the link', () => {
  const nodes = bodyNodes([link('x', '../a b/')]);
  expect(nodes[0]).toMatchObject({ type: 'link', url: '../a%20b/' });
});
