/**
 * Which year a listing was captured in, since HF pages omit it.
 *
 * HF prints a paper's year only when it differs from the current year. So a listing whose entries show years up
 * to Y was captured in Y + 1 or later; we take Y + 1 (the earliest consistent year, and the right one for listings
 * that mix this and last year's papers). A listing date with an explicit year wins over the inference.
 * A listing with no explicit year anywhere borrows the catalogue-wide year: the maximum over listings that have
 * one (the listings are one snapshot of the site). When nothing gives a year, it stays undefined: dates without
 * a year are then left out rather than invented.
 */
import type { MonthDay } from './dates.ts';

export interface YearEvidence {
  listingDate?: MonthDay;
  /** Explicit years printed on the listing's entries. */
  entryYears: Iterable<number>;
}

export function ownListingYear(evidence: YearEvidence): number | undefined {
  if (evidence.listingDate?.year !== undefined) return evidence.listingDate.year;
  let newest: number | undefined;
  for (const y of evidence.entryYears) if (newest === undefined || y > newest) newest = y;
  return newest === undefined ? undefined : newest + 1;
}

/** The year of each listing, in input order. */
export function inferListingYears(listings: YearEvidence[]): (number | undefined)[] {
  const own = listings.map(ownListingYear);
  let catalogue: number | undefined;
  for (const y of own) if (y !== undefined && (catalogue === undefined || y > catalogue)) catalogue = y;
  return own.map((y) => y ?? catalogue);
}
