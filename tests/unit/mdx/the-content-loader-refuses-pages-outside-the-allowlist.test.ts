import { describe, expect, it } from 'vitest';
import { renderPaperMdx } from '../../../scripts/lib/mdx/render-paper-mdx.ts';

const page = (body: string) => `---\nid: x\ntitle: X\n---\n${body}\n`;

describe('the content loader renders a paper page only if it is text, math and links', () => {
  it('renders text, math and a link to HTML', () => {
    const out = renderPaperMdx(page('Costs $O(n)$, see [BERT](../bert/) & \\<more>.'), 'content/papers/x.mdx');
    expect(out.problems).toEqual([]);
    expect(out.html).toMatch(/^<p>Costs <span class="katex">.*<\/span>, see <a href="..\/bert\/">BERT<\/a> &#x26; &#x3C;more>.<\/p>$/s);
  });

  it.each([
    ['an expression', 'Hello {globalThis.pwned = 1} world', 5, 7, /MDX expression/],
    ['a JSX element', 'Hello <Foo bar="1" /> world', 5, 7, /MDX mdxJsxTextElement/],
    ['an import', 'import x from "y"', 5, 1, /MDX mdxjsEsm/],
    ['a heading', '# Title', 5, 1, /Markdown heading/],
    ['a list', '- item', 5, 1, /Markdown list/],
  ])('refuses %s, naming file, line and column', (_what, body, line, col, message) => {
    const out = renderPaperMdx(page(body), 'content/papers/x.mdx');
    expect(out.html).toBeUndefined();
    expect(out.problems[0]).toMatchObject({ file: 'content/papers/x.mdx', line, col, message: expect.stringMatching(message) });
  });

  it('refuses a page that does not parse, with its position', () => {
    const out = renderPaperMdx(page('Hello {unclosed'), 'content/papers/x.mdx');
    expect(out.html).toBeUndefined();
    expect(out.problems[0]).toMatchObject({ file: 'content/papers/x.mdx', message: expect.stringMatching(/does not parse/) });
    expect(out.problems[0]!.line).toBeGreaterThanOrEqual(5);
  });
});
