import path from 'node:path';
import { expect, it } from 'vitest';
import { readListings } from '../../../scripts/lib/io.ts';
import { parseListings } from '../../../scripts/lib/listing/parse-listings.ts';
import { paperKey } from '../../../scripts/lib/records/ids.ts';

it('parses the five seed listings into 459 entries of 408 distinct papers', async () => {
  const files = await readListings(path.resolve(import.meta.dirname, '../../../content/sources'));
  expect(files).toHaveLength(5);
  const entries = parseListings(files);
  expect(entries).toHaveLength(459);
  expect(new Set(entries.map((e) => paperKey(e.title))).size).toBe(408);
  // Every entry has a plausible title and abstract, and layout C's metadata was read.
  for (const e of entries) {
    expect(e.title.length).toBeLessThan(200);
    expect(e.abstract.length).toBeGreaterThan(300);
  }
  expect(entries.filter((e) => e.date !== undefined)).toHaveLength(73);
  expect(entries.find((e) => e.title.startsWith('MMR1:'))?.org).toBe('MMR1');
});
