/**
 * Raw listing files → raw entries, one per paper per listing, with dates resolved to ISO.
 */
import { InputError, type Problem } from '../report.ts';
import type { ListingFile, RawEntry } from '../types.ts';
import { isValidDay, type MonthDay, toIsoDate } from './dates.ts';
import { inferListingYears } from './listing-year.ts';
import { parseListing } from './parse-listing.ts';

const byName = (a: ListingFile, b: ListingFile) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function parseListings(files: ListingFile[]): RawEntry[] {
  const parsed = [...files].sort(byName).map((f) => parseListing(f.name, f.text));
  const problems: Problem[] = parsed.flatMap((p) => p.problems);

  const years = inferListingYears(
    parsed.map((p) => ({
      listingDate: p.listingDate,
      entryYears: p.entries.flatMap((e) => (e.date?.year !== undefined ? [e.date.year] : [])),
    })),
  );

  const out: RawEntry[] = [];
  parsed.forEach((listing, i) => {
    const year = years[i];
    const iso = (d: MonthDay | undefined, line: number): string | undefined => {
      if (!d) return undefined;
      const y = d.year ?? year;
      if (y === undefined) return undefined;
      // Feb 29 could only be checked once the inferred year was known.
      if (!isValidDay(d, y)) {
        problems.push({ file: listing.file, line, col: 1, message: `no such date: ${d.month}/${d.day} in ${y} (inferred year)` });
        return undefined;
      }
      return toIsoDate(d, y);
    };
    const listingDate = iso(listing.listingDate, listing.listingDateLine ?? 1);
    for (const e of listing.entries) {
      const entry: RawEntry = { file: listing.file, line: e.line, title: e.title, abstract: e.abstract };
      const date = iso(e.date, e.dateLine ?? e.line);
      if (date !== undefined) entry.date = date;
      if (e.authors !== undefined) entry.authors = e.authors;
      if (e.org !== undefined) entry.org = e.org;
      if (e.upvotes !== undefined) entry.upvotes = e.upvotes;
      if (listingDate !== undefined) entry.listingDate = listingDate;
      out.push(entry);
    }
  });

  if (problems.length > 0) throw new InputError(problems);
  return out;
}
