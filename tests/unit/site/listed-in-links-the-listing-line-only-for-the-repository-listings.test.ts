import { describe, expect, it } from 'vitest';
import { listingLineUrl, usesDefaultSources } from '../../../src/lib/listing-link.ts';

const ref = { repo: 'https://github.com/paper-atlas/paper-atlas/', branch: 'main' };

describe('"Listed in" links', () => {
  it('points at the line of the listing file on GitHub for a default build', () => {
    const defaults = usesDefaultSources(undefined, '/repo');
    expect(listingLineUrl(ref, '003_128118fcc83c8a40.txt', 137, defaults)).toBe(
      'https://github.com/paper-atlas/paper-atlas/blob/main/content/sources/003_128118fcc83c8a40.txt#L137',
    );
  });

  it('treats content/sources spelled any way as the default', () => {
    for (const dir of ['content/sources', './content/sources/', '/repo/content/sources', '']) {
      expect(usesDefaultSources(dir, '/repo')).toBe(true);
    }
  });

  it('gives no link when the build read another folder', () => {
    const defaults = usesDefaultSources('tests/fixtures/catalogue/sources', '/repo');
    expect(defaults).toBe(false);
    expect(listingLineUrl(ref, '001_layout_a.txt', 3, defaults)).toBeUndefined();
    expect(usesDefaultSources('/elsewhere/content/sources', '/repo')).toBe(false);
  });

  it('encodes a file name that is not URL-safe', () => {
    expect(listingLineUrl(ref, 'a b#c.txt', 1, true)).toMatch(/content\/sources\/a%20b%23c\.txt#L1$/);
  });
});
