import { describe, expect, it } from 'vitest';
import { foldPlural, tokenize } from '../../../scripts/lib/links/tokenize.ts';

describe('plural folding', () => {
  it('keeps words whose singular already ends in s', () => {
    expect(tokenize('time series of species under bias and Bayes')).toEqual(
      expect.arrayContaining(['series', 'species', 'bias', 'bayes', 'time series']),
    );
    for (const broken of ['sery', 'specy', 'bia', 'baye']) expect(tokenize('time series species bias Bayes')).not.toContain(broken);
  });

  it('turns -eses back into -esis and still folds ordinary plurals', () => {
    expect(foldPlural('hypotheses')).toBe('hypothesis');
    expect(foldPlural('analyses')).toBe('analysis');
    expect(foldPlural('policies')).toBe('policy');
    expect(foldPlural('biases')).toBe('bias');
    expect(foldPlural('models')).toBe('model');
  });
});
