/**
 * Compiles generated pages with the real MDX compiler (@mdx-js/mdx, which Astro's unified processor uses) and the
 * same remark/rehype plugins as Astro + astro.config.mjs, runs the module, and checks the rendered output.
 */
import { describe, expect, it } from 'vitest';
import { paperToMdx } from '../../../scripts/lib/mdx/write-paper.ts';
import { expectedVisible, HOSTILE_TEXTS } from '../../fixtures/mdx/hostile-texts.ts';
import { link, makeRecord, math, text } from '../../fixtures/mdx/records.ts';
import { compileMdxLikeAstro as render, tagsOf as tags, textOf as textContent } from '../../helpers/compile-mdx-like-astro.ts';

describe('a page made of hostile text, compiled and run like Astro does', () => {
  it.each(HOSTILE_TEXTS)('%j renders as one paragraph showing the text literally', async (hostile) => {
    const tree = await render(paperToMdx(makeRecord({ body: [text(hostile)] })));
    expect([...tags(tree)].filter((t) => t !== 'fragment')).toEqual(['p']);
    expect(textContent(tree)).toBe(expectedVisible(hostile));
  });

  it('never evaluates text that looks like an expression', async () => {
    const g = globalThis as { pwned?: number };
    await render(paperToMdx(makeRecord({ body: [text('{globalThis.pwned = 1}')] })));
    expect(g.pwned).toBeUndefined();
  });

  it('renders math with KaTeX and links as anchors, nothing else', async () => {
    const body = [text('<b>x</b> '), math('\\frac{a}{b}'), text(' see '), link('BERT', '../bert/')];
    const tree = await render(paperToMdx(makeRecord({ body })));
    const found = tags(tree);
    expect(found.has('a') && found.has('math') && found.has('span')).toBe(true);
    expect(found.has('b') || found.has('script')).toBe(false);
    expect(textContent(tree)).toContain('<b>x</b>');
  });

  it('shows quotes, dashes, ellipses and would-be autolinks exactly as written', async () => {
    const written = 'He said "no" -- it\'s 1...2 `x` <y> {z} see www.example.com or https://a.b/c_d';
    const shown = textContent(await render(paperToMdx(makeRecord({ body: [text(written)] }))));
    expect(shown).toBe(written);
  });
});
