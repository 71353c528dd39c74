import { describe, expect, it } from 'vitest';
import { findUnsafeMdxNodes, visibleMdxText } from '../../../scripts/lib/mdx/check-mdx-ast.ts';
import { paperToMdx } from '../../../scripts/lib/mdx/write-paper.ts';
import { expectedVisible, HOSTILE_TEXTS } from '../../fixtures/mdx/hostile-texts.ts';
import { link, makeRecord, math, text } from '../../fixtures/mdx/records.ts';

describe.each(HOSTILE_TEXTS)('hostile text %j', (hostile) => {
  it('as a whole abstract: only safe nodes, and the reader sees exactly the text', () => {
    const mdx = paperToMdx(makeRecord({ body: [text(hostile)] }));
    expect(findUnsafeMdxNodes(mdx, 'p.mdx')).toEqual([]);
    expect(visibleMdxText(mdx)).toBe(expectedVisible(hostile));
  });

  it('between math and links, and as link text', () => {
    const body = [text(hostile), math('x^2'), text(hostile), link(hostile, '../bert/'), text(hostile)];
    const mdx = paperToMdx(makeRecord({ body }));
    expect(findUnsafeMdxNodes(mdx, 'p.mdx')).toEqual([]);
    const h = expectedVisible(hostile);
    expect(visibleMdxText(mdx)).toBe(`${h}x^2${h}${h}${h}`);
  });
});
