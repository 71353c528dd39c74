import { describe, expect, it } from 'vitest';
import { makeSyntheticPapers, toListingFiles } from '../../../scripts/bench/synthetic.ts';

describe('duplicates across listings', () => {
  it('lists every paper and repeats about 10% of them in a different file', () => {
    const papers = makeSyntheticPapers(1000, 2);
    const files = toListingFiles(papers, { seed: 2 });
    const filesOf = new Map<string, string[]>();
    for (const f of files) {
      // A title is a whole line (or glued to "Subscribe") directly followed by its abstract.
      const lines = f.text.split('\n').map((l) => l.replace(/^Subscribe(?=.)/, ''));
      const lineOf = new Map(lines.map((l, i) => [l, i]));
      for (const p of papers) {
        const at = lineOf.get(p.title);
        if (at === undefined) continue;
        expect(lines.slice(at + 1, at + 3)).toContain(p.abstract);
        filesOf.set(p.title, [...(filesOf.get(p.title) ?? []), f.name]);
      }
    }
    expect(filesOf.size).toBe(papers.length);
    const repeated = [...filesOf.values()].filter((names) => names.length > 1).length;
    expect(repeated).toBeGreaterThan(70);
    expect(repeated).toBeLessThan(110);
    const entries = files.reduce((n, f) => n + f.text.split('\n').filter((l) => l.length >= 300).length, 0);
    expect(entries).toBe(1100);
  });
});
