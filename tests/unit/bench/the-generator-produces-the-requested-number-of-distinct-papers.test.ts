import { describe, expect, it } from 'vitest';
import { paperKey } from '../../../scripts/lib/records/ids.ts';
import { makeSyntheticPapers } from '../../../scripts/bench/synthetic.ts';

describe('makeSyntheticPapers', () => {
  it('returns exactly n papers whose titles are distinct under the pipeline dedupe key', () => {
    const papers = makeSyntheticPapers(1500, 3);
    expect(papers).toHaveLength(1500);
    expect(new Set(papers.map((p) => paperKey(p.title))).size).toBe(1500);
  });

  it('returns no papers for n = 0', () => {
    expect(makeSyntheticPapers(0)).toEqual([]);
  });

  it('writes abstracts as one long line and carries math and code URLs in some of them', () => {
    const papers = makeSyntheticPapers(400, 5);
    for (const p of papers) {
      expect(p.abstract).not.toContain('\n');
      expect(p.abstract.length).toBeGreaterThanOrEqual(300);
      expect(p.title.length).toBeLessThan(200);
    }
    const withMath = papers.filter((p) => /mathcal\{O\}|tilde (O|Theta)|varepsilon/.test(p.abstract)).length;
    const withUrl = papers.filter((p) => /https:\/\/github\.com\//.test(p.abstract)).length;
    expect(withMath).toBeGreaterThan(20);
    expect(withMath).toBeLessThan(200);
    expect(withUrl).toBeGreaterThan(20);
    expect(withUrl).toBeLessThan(200);
  });
});
