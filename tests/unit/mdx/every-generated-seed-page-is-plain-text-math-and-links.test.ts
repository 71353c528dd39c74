import { describe, expect, it } from 'vitest';
import { renderPages } from '../../../scripts/build-content.ts';
import { seedCatalogue } from '../../helpers/seed-catalogue.ts';
import { findUnsafeMdxNodes, visibleMdxText } from '../../../scripts/lib/mdx/check-mdx-ast.ts';
import type { Segment } from '../../../scripts/lib/types.ts';

const shown = (body: Segment[]) => body.map((s) => (s.kind === 'math' ? s.tex : s.text)).join('');

describe('every page generated from the seed listings', async () => {
  const papers = await seedCatalogue();
  const pages = renderPages(papers);

  it('has no ESM, expression, JSX, HTML or Markdown structure — only text, math and links', () => {
    const problems = [...pages].flatMap(([name, mdx]) => findUnsafeMdxNodes(mdx, `content/papers/${name}`));
    expect(problems).toEqual([]);
  });

  it('shows the reader exactly the text, math and links of its abstract', () => {
    for (const paper of papers) {
      expect(visibleMdxText(pages.get(`${paper.id}.mdx`)!), paper.id).toBe(shown(paper.body));
    }
  });
});
