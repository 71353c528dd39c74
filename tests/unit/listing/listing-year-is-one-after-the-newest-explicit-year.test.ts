import { describe, expect, it } from 'vitest';
import { inferListingYears } from '../../../scripts/lib/listing/listing-year.ts';
import { parseListings } from '../../../scripts/lib/listing/parse-listings.ts';

const ABSTRACT = 'An abstract long enough to be read as prose: it describes a method, an experiment and a result, over more than one hundred and twenty characters.';
const entry = (title: string, date?: string) => `${title}\n${ABSTRACT}\n${date ? `  • 3 authors\n·\n${date}\n` : ''}`;

describe('inferListingYears', () => {
  it('is the newest explicit entry year + 1', () => {
    expect(inferListingYears([{ entryYears: [2021, 2023, 2022] }])).toEqual([2024]);
  });
  it('lets listings without explicit years borrow the catalogue-wide (maximum) year', () => {
    expect(inferListingYears([{ entryYears: [] }, { entryYears: [2019] }, { entryYears: [2022] }])).toEqual([2023, 2020, 2023]);
  });
  it('prefers a year printed on the listing date', () => {
    expect(inferListingYears([{ listingDate: { month: 5, day: 1, year: 2020 }, entryYears: [2023] }])).toEqual([2020]);
  });
  it('gives no year when nothing does', () => {
    expect(inferListingYears([{ entryYears: [] }, { entryYears: [] }])).toEqual([undefined, undefined]);
  });
});

describe('dates in parsed listings', () => {
  it('resolve year-less dates in one listing from years printed in another', () => {
    const a = { name: 'a.txt', text: `Mar 3\n${entry('Paper A', 'Jan 5')}` };
    const b = { name: 'b.txt', text: `Nov 4\n${entry('Paper B', 'Oct 8, 2024 2')}${entry('Paper C', 'Sep 2')}` };
    const byTitle = Object.fromEntries(parseListings([b, a]).map((e) => [e.title, e]));
    expect(byTitle['Paper A'].date).toBe('2025-01-05');
    expect(byTitle['Paper A'].listingDate).toBe('2025-03-03');
    expect(byTitle['Paper B'].date).toBe('2024-10-08');
    expect(byTitle['Paper C'].date).toBe('2025-09-02');
  });

  it('are left out, not invented, when no listing shows a year', () => {
    const [e] = parseListings([{ name: 'a.txt', text: `Mar 3\n${entry('Paper A', 'Jan 5')}` }]);
    expect(e.date).toBeUndefined();
    expect(e.listingDate).toBeUndefined();
    expect(e.authors).toBe(3);
  });

  it('reject Feb 29 once the inferred year turns out not to be a leap year', () => {
    const text = `${entry('Paper A', 'Feb 29')}${entry('Paper B', 'Jan 1, 2024')}`;
    expect(() => parseListings([{ name: 'a.txt', text }])).toThrow(/a\.txt:5:1 no such date: 2\/29 in 2025/);
  });
});
