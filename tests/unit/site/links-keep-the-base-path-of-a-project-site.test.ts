import { describe, expect, it } from 'vitest';
import { joinBase, paperPath, searchPath, tagPath } from '../../../src/lib/url.ts';

describe('internal links under a sub-path', () => {
  it('prefixes the GitHub Pages project base to paper and tag pages', () => {
    expect(joinBase('/atlas/', paperPath('reward-models'))).toBe('/atlas/papers/reward-models/');
    expect(joinBase('/atlas', tagPath('rlhf'))).toBe('/atlas/tags/rlhf/');
  });
  it('works at the site root without doubling slashes', () => {
    expect(joinBase('/', '/papers/')).toBe('/papers/');
    expect(joinBase('/', '')).toBe('/');
  });
  it('encodes a search query instead of splicing it into the URL', () => {
    expect(joinBase('/atlas/', searchPath('a&b c?'))).toBe('/atlas/search/?q=a%26b%20c%3F');
    expect(searchPath()).toBe('search/');
  });
});
