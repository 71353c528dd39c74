import { readdirSync, readFileSync } from 'node:fs';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { recoverMath } from '../../../scripts/lib/math/recover-math.ts';

// A paragraph longer than 200 characters in a listing is an abstract: good enough to sample the real corpus.
const sources = new URL('../../../content/sources/', import.meta.url);
const abstracts = readdirSync(sources)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .flatMap((n) => readFileSync(new URL(n, sources), 'utf8').split(/\n\s*\n/))
  .map((p) => p.trim())
  .filter((p) => p.length > 200);

const stripBackslashes = (s: string) => s.replaceAll('\\', '');

describe('every recovered span in the seed listings', () => {
  const results = abstracts.map((text) => ({ text, segments: recoverMath(text) }));
  const formulas = results.flatMap((r) => r.segments.flatMap((s) => (s.kind === 'math' ? [s.tex] : [])));

  it('finds formulas in the seeds', () => {
    // The seeds hold ~100 stripped formulas; far fewer means detection broke.
    expect(formulas.length).toBeGreaterThan(80);
  });

  it('renders with KaTeX strict in inline mode and never contains a dollar or outer spaces', () => {
    for (const tex of formulas) {
      expect(() => katex.renderToString(tex, { throwOnError: true, strict: 'error' }), tex).not.toThrow();
      expect(tex).not.toContain('$');
      expect(tex).toBe(tex.trim());
    }
  });

  it('loses no character of the abstract (formulas only gain backslashes)', () => {
    for (const { text, segments } of results) {
      const joined = segments.map((s) => (s.kind === 'math' ? s.tex : s.kind === 'text' ? s.text : '')).join('');
      expect(stripBackslashes(joined)).toBe(stripBackslashes(text));
    }
  });
});
