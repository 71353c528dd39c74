import { describe, expect, it } from 'vitest';
import { isValidTex } from '../../../scripts/lib/math/check-tex.ts';
import { recoverMath } from '../../../scripts/lib/math/recover-math.ts';

describe('a formula KaTeX rejects falls back to the original characters', () => {
  it('keeps a formula with an unclosed brace as the text the listing had', () => {
    const input = 'a bound of mathcal{O}(T^{2/3) regret';
    expect(recoverMath(input)).toEqual([{ kind: 'text', text: input }]);
  });

  it('answers the same for a formula seen twice (cached) and rejects what strict mode rejects', () => {
    expect(isValidTex('\\mathcal{O}(T^{2/3})')).toBe(true);
    expect(isValidTex('\\mathcal{O}(T^{2/3})')).toBe(true);
    expect(isValidTex('T^{2/3')).toBe(false);
    expect(isValidTex('\\notacommand x')).toBe(false);
    // Strict mode flags non-ASCII letters in math mode; such a formula must not reach rehype-katex.
    expect(isValidTex('é')).toBe(false);
  });
});
