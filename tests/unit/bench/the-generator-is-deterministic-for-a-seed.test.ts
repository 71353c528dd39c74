import { describe, expect, it } from 'vitest';
import { makeSyntheticPapers, toListingFiles } from '../../../scripts/bench/synthetic.ts';

describe('synthetic catalogue', () => {
  it('gives byte-identical papers and listing files for the same seed', () => {
    const a = makeSyntheticPapers(120, 7);
    const b = makeSyntheticPapers(120, 7);
    expect(b).toEqual(a);
    expect(toListingFiles(b, { seed: 7, perFile: 40 })).toEqual(toListingFiles(a, { seed: 7, perFile: 40 }));
  });

  it('gives a different catalogue for a different seed', () => {
    const titles = (seed: number) => makeSyntheticPapers(20, seed).map((p) => p.title);
    expect(titles(2)).not.toEqual(titles(1));
  });
});
