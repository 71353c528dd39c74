import { describe, expect, it } from 'vitest';
import { bodyToMdx } from '../../../scripts/lib/mdx/write-paper.ts';
import { mdxBodyHasMath } from '../../../src/lib/abstract-math.ts';

// Bodies come from the real MDX writer, so a change to its escaping that breaks the detection fails here.
describe('the "Abstract as listed" box', () => {
  it('appears when the body holds recovered math', () => {
    const body = bodyToMdx([
      { kind: 'text', text: 'A regret of ' },
      { kind: 'math', tex: '\\mathcal{O}(\\sqrt{T})' },
      { kind: 'text', text: ' is shown.' },
    ]);
    expect(mdxBodyHasMath(body)).toBe(true);
  });

  it('stays away when dollars, backslashes and braces are only literal text', () => {
    const body = bodyToMdx([{ kind: 'text', text: 'It costs $5 and $10, a\\b {x} `code` <tag> 50% ~ | [x](y)' }]);
    expect(mdxBodyHasMath(body)).toBe(false);
  });

  it('stays away when only a link URL contains a dollar sign', () => {
    const body = bodyToMdx([
      { kind: 'text', text: 'Code at ' },
      { kind: 'link', text: 'https://example.org/a$b', href: 'https://example.org/a$b' },
    ]);
    expect(mdxBodyHasMath(body)).toBe(false);
  });
});
