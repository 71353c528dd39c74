/**
 * Paper pages are rendered by our content loader (src/loaders/paper-pages.ts), not compiled to a module by
 * @astrojs/mdx. This pins that the reader sees the same thing either way: same elements, same classes, same text, for
 * every seed page and every hostile string.
 */
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { renderPages } from '../../../scripts/build-content.ts';
import { renderPaperMdx } from '../../../scripts/lib/mdx/render-paper-mdx.ts';
import { paperToMdx } from '../../../scripts/lib/mdx/write-paper.ts';
import { HOSTILE_TEXTS } from '../../fixtures/mdx/hostile-texts.ts';
import { link, makeRecord, math, text } from '../../fixtures/mdx/records.ts';
import { compileMdxLikeAstro, type El } from '../../helpers/compile-mdx-like-astro.ts';
import { seedCatalogue } from '../../helpers/seed-catalogue.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: { className?: string[] };
  children?: HastNode[];
}

/** One canonical string per tree: element names with their classes, and text. Attributes other than class differ only in spelling (style objects vs strings). */
function canonHast(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  const inner = (node.children ?? []).map(canonHast).join('');
  if (node.type !== 'element') return inner;
  const cls = node.properties?.className?.join(' ');
  return `<${node.tagName}${cls ? ` class="${cls}"` : ''}>${inner}</${node.tagName}>`;
}

function canonJsx(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(canonJsx).join('');
  if (!node || typeof node !== 'object') return '';
  const el = node as El;
  const inner = el.children.map(canonJsx).join('');
  if (el.tag === 'fragment') return inner;
  return `<${el.tag}${el.className ? ` class="${el.className}"` : ''}>${inner}</${el.tag}>`;
}

async function bothWays(mdx: string): Promise<{ loader: string; mdx: string }> {
  const rendered = renderPaperMdx(mdx, 'p.mdx');
  expect(rendered.problems).toEqual([]);
  return {
    loader: canonHast(fromHtml(rendered.html!, { fragment: true }) as HastNode),
    mdx: canonJsx(await compileMdxLikeAstro(mdx)),
  };
}

describe('the paper loader renders what the MDX compiler renders', async () => {
  const pages = renderPages(await seedCatalogue());

  it('for every seed page', async () => {
    for (const [name, mdx] of pages) {
      const { loader, mdx: compiled } = await bothWays(mdx);
      expect(loader, name).toBe(compiled);
    }
  }, 120_000);

  it.each(HOSTILE_TEXTS)('for hostile text %j', async (hostile) => {
    const { loader, mdx } = await bothWays(paperToMdx(makeRecord({ body: [text(hostile)] })));
    expect(loader).toBe(mdx);
  });

  it('for math and links, with KaTeX markup and anchors', async () => {
    const body = [text('<b>x</b> '), math('\\frac{a}{b}'), text(' see '), link('BERT', '../bert/'), math('\\mathcal{O}(T^{2/3})')];
    const { loader, mdx } = await bothWays(paperToMdx(makeRecord({ body })));
    expect(loader).toContain('<span class="katex">');
    expect(loader).toContain('<a>BERT</a>');
    expect(loader).toBe(mdx);
  });
});
