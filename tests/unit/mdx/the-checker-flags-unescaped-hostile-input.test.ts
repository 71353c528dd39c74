import { describe, expect, it } from 'vitest';
import { findUnsafeMdxNodes } from '../../../scripts/lib/mdx/check-mdx-ast.ts';
import { yamlFrontmatter } from '../../../scripts/lib/mdx/write-paper.ts';
import { makeRecord } from '../../fixtures/mdx/records.ts';

const frontmatter = yamlFrontmatter(makeRecord());
const bodyLine = frontmatter.split('\n').length + 1;
const page = (body: string) => `${frontmatter}\n${body}\n`;

describe('raw, unescaped text in a page body is reported', () => {
  it.each([
    ['{process.exit(1)}', /expression/],
    ['a<b>c</b>', /mdxJsxTextElement/],
    ['<script>alert(1)</script>', /mdxJsx/],
    ['import x from "y"', /mdxjsEsm/],
    ['export const a = 1', /mdxjsEsm/],
    ['# heading', /heading/],
    ['1. list', /list/],
    ['> quote', /blockquote/],
    ['*emph*', /emphasis/],
    ['`code`', /inlineCode/],
    ['[x](javascript:alert(1))', /unsafe URL/],
    ['![i](y)', /image/],
    ['$$\nx\n$$', /math/],
  ])('%j', (raw, message) => {
    const problems = findUnsafeMdxNodes(page(raw), 'content/papers/p.mdx');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(problems[0]).toMatchObject({ file: 'content/papers/p.mdx', line: bodyLine });
  });

  it('points at the column of the construct inside the line', () => {
    const [problem] = findUnsafeMdxNodes(page('safe text {1+1}'), 'p.mdx');
    expect(problem).toMatchObject({ line: bodyLine, col: 11 });
  });

  it('reports a body that does not parse as MDX, with its position', () => {
    const problems = findUnsafeMdxNodes(page('unclosed {brace'), 'p.mdx');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/does not parse/);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(bodyLine);
  });
});
