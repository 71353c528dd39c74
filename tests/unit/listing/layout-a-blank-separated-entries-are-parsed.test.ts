import { describe, expect, it } from 'vitest';
import { parseListings } from '../../../scripts/lib/listing/parse-listings.ts';
import { fixture } from './load-fixture.ts';

describe('layout A (blank-line separated)', () => {
  const entries = parseListings([fixture('layout-a.txt')]);

  it('yields one entry per title/abstract pair and none for the page headers', () => {
    expect(entries.map((e) => e.title)).toEqual([
      'Fast Sampling for Diffusion Models',
      'Reward Model Ensembles Help Mitigate Overoptimization',
    ]);
  });

  it('records the line of each title and its abstract', () => {
    expect(entries.map((e) => e.line)).toEqual([13, 17]);
    expect(entries[0].abstract).toMatch(/^We study how diffusion models .* image benchmarks\.$/);
  });

  it('has no entry date, and no listing year when nothing gives one', () => {
    expect(entries[0].date).toBeUndefined();
    expect(entries[0].listingDate).toBeUndefined();
  });
});
