import { describe, expect, it } from 'vitest';
import { parseListings } from '../../../scripts/lib/listing/parse-listings.ts';
import { fixture } from './load-fixture.ts';

describe('layout C (entries followed by a metadata block)', () => {
  const [first, second, third] = parseListings([fixture('layout-c-metadata.txt')]);

  it('reads the author count', () => {
    expect(first.authors).toBe(5);
    expect(first.org).toBeUndefined();
  });

  it('reads an organisation line, collapsing the repeated name', () => {
    expect(second.org).toBe('MMR1');
    expect(second.authors).toBeUndefined();
  });

  it('reads an upvote count after a date with a year', () => {
    expect(second.date).toBe('2024-10-08');
    expect(second.upvotes).toBe(2);
    expect(first.upvotes).toBeUndefined();
  });

  it('puts a date without a year in the listing year (newest explicit year + 1)', () => {
    expect(first.date).toBe('2025-10-19');
    expect(first.listingDate).toBe('2025-11-04');
  });

  it('accepts an entry without a metadata block', () => {
    expect(third.title).toBe('Conservative World Models for Offline RL');
    expect(third.date).toBeUndefined();
    expect(third.authors).toBeUndefined();
  });
});
