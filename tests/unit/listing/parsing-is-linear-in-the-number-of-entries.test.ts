import { expect, it } from 'vitest';
import { parseListings } from '../../../scripts/lib/listing/parse-listings.ts';

const ABSTRACT = 'An abstract long enough to be read as prose: it describes a method, an experiment and a result, over more than one hundred and twenty characters. '.repeat(6);

function listing(n: number): string {
  const parts = ['new', 'Subscribe', 'Nov 4'];
  for (let i = 0; i < n; i++) {
    parts.push(`Paper number ${i} on scalable parsing`, ABSTRACT);
    if (i % 2 === 0) parts.push(`  • ${1 + (i % 9)} authors`, '·', i % 4 === 0 ? 'Oct 19, 2023' : 'Sep 2 1');
  }
  return parts.join('\n\n');
}

it('parses 100,000 entries in a few seconds, and 10x the entries take about 10x the time', () => {
  const small = listing(10_000);
  const big = listing(100_000);
  const t0 = performance.now();
  expect(parseListings([{ name: 's.txt', text: small }])).toHaveLength(10_000);
  const t1 = performance.now();
  expect(parseListings([{ name: 'b.txt', text: big }])).toHaveLength(100_000);
  const t2 = performance.now();
  expect(t2 - t1).toBeLessThan(8_000);
  // A quadratic step would make the ratio ~100.
  expect((t2 - t1) / Math.max(t1 - t0, 1)).toBeLessThan(30);
}, 30_000);
