/**
 * The grammar of one listing file, as a single pass over its non-blank lines:
 *
 *   listing  = header* entry*
 *   header   = page-header | listing-date | "Subscribe" glued to the first title
 *   entry    = title abstract [ (authors | org) "·" date ]
 *
 * Blank lines carry no meaning, so layout A (blank-line separated) and layout B (none) are the same grammar;
 * layout C adds the optional metadata block. Every line the grammar does not explain becomes a problem and
 * parsing resumes at the next line, so one run reports all of them.
 */
import type { Problem } from '../report.ts';
import { looksLikeAbstract, looksLikeTitle } from './content-shape.ts';
import { isValidDay, parseDateLine, type MonthDay } from './dates.ts';
import { type Line, quote, toLines } from './lines.ts';
import { looksLikeAuthorsLine, METADATA_SEPARATOR, parseAuthorsLine, parseOrgLine } from './metadata-block.ts';
import { isPageHeader, splitGluedSubscribe } from './page-headers.ts';

export interface ParsedEntry {
  line: number;
  title: string;
  abstract: string;
  /** Year absent when the page left it out; resolved later against the listing's year. */
  date?: MonthDay;
  /** Line of the date, for problems found once the year is known. */
  dateLine?: number;
  authors?: number;
  org?: string;
  upvotes?: number;
}

export interface ParsedListing {
  file: string;
  entries: ParsedEntry[];
  listingDate?: MonthDay;
  listingDateLine?: number;
  problems: Problem[];
}


function isStructural(text: string): boolean {
  return (
    isPageHeader(text) || text === METADATA_SEPARATOR || looksLikeAuthorsLine(text) || parseDateLine(text) !== undefined
  );
}

/** What comes after an entry's abstract: nothing yet, a metadata block in progress, or nothing more allowed. */
type Meta = 'none' | 'open' | 'after-person' | 'after-dot';

export function parseListing(file: string, text: string): ParsedListing {
  const lines = toLines(text);
  const problems: Problem[] = [];
  const entries: ParsedEntry[] = [];
  const report = (at: { no: number; col: number }, message: string) =>
    problems.push({ file, line: at.no, col: at.col, message });

  let listingDate: MonthDay | undefined;
  let listingDateLine: number | undefined;
  let inHeader = true;
  let pending: { at: Line; title: string } | undefined;
  let last: ParsedEntry | undefined;
  let lastMetaLine: Line | undefined;
  let meta: Meta = 'none';
  /** Title lines with nothing to build an id from: reported, and dropped from the entries. */
  const unnamed = new Set<number>();

  const nextLooksLikeAbstract = (i: number) => {
    const next = lines[i + 1];
    return next !== undefined && !isStructural(next.text) && looksLikeAbstract(next.text);
  };
  const reportNoAbstract = (p: { at: Line; title: string }) =>
    report(p.at, `title ${quote(p.title)} has no abstract (expected a line of prose after it)`);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    const next = lines[i + 1];
    const nextIsAbstract = nextLooksLikeAbstract(i);

    if (pending) {
      if (!isStructural(t) && looksLikeAbstract(t)) {
        last = { line: pending.at.no, title: pending.title, abstract: t };
        entries.push(last);
        pending = undefined;
        meta = 'open';
        continue;
      }
      reportNoAbstract(pending);
      pending = undefined;
      // Fall through: this line is read afresh (it may be the next title).
    }

    if (meta === 'after-person') {
      if (t === METADATA_SEPARATOR) {
        meta = 'after-dot';
        continue;
      }
      report(line, `expected "·" after the author/organisation line ${lastMetaLine!.no}, found ${quote(t)}`);
      meta = 'none';
    } else if (meta === 'after-dot') {
      const d = parseDateLine(t);
      meta = 'none';
      if (d) {
        if (!isValidDay(d)) report(line, `no such date ${quote(t)}`);
        else {
          last!.date = d.year === undefined ? { month: d.month, day: d.day } : { month: d.month, day: d.day, year: d.year };
          last!.dateLine = line.no;
        }
        if (d.upvotes !== undefined) last!.upvotes = d.upvotes;
        continue;
      }
      report(line, `expected a date like "Oct 19" or "Oct 19, 2023" after "·", found ${quote(t)}`);
      // Read as the block's broken date, so it is not reported a second time as a title.
      if (!isStructural(t) && !nextLooksLikeAbstract(i)) continue;
    }

    if (t === METADATA_SEPARATOR) {
      report(line, `stray "·": it must follow an author count or organisation line below an abstract`);
      continue;
    }
    const date = parseDateLine(t);
    if (date) {
      if (inHeader && !listingDate && date.upvotes === undefined) {
        if (!isValidDay(date)) report(line, `no such date ${quote(t)}`);
        listingDate = date;
        listingDateLine = line.no;
      } else {
        report(line, `stray date line ${quote(t)}: a date belongs in a metadata block after "·"`);
      }
      continue;
    }
    if (looksLikeAuthorsLine(t)) {
      const n = parseAuthorsLine(t);
      if (meta !== 'open') report(line, `stray author line ${quote(t)}: it must directly follow an abstract`);
      else if (n === undefined || n < 1) report(line, `expected an author count like "• 5 authors", found ${quote(t)}`);
      else {
        last!.authors = n;
        lastMetaLine = line;
        meta = 'after-person';
        continue;
      }
      meta = 'none';
      continue;
    }
    if (isPageHeader(t)) {
      if (!inHeader) report(line, `page header ${quote(t)} inside the listing (pasted twice?)`);
      continue;
    }
    if (meta === 'open' && next?.text === METADATA_SEPARATOR) {
      last!.org = parseOrgLine(t);
      lastMetaLine = line;
      meta = 'after-person';
      continue;
    }

    let title = t;
    let at = line;
    const glued = inHeader ? splitGluedSubscribe(t) : undefined;
    if (glued !== undefined) {
      title = glued;
      at = { ...line, col: line.col + t.indexOf(glued) };
    }
    meta = 'none';
    last = undefined;
    if (!looksLikeTitle(title)) {
      report(at, `expected a title, found ${title.length} characters of text ${quote(title)} (an abstract without its title?)`);
      continue;
    }
    if (inHeader && !nextIsAbstract) {
      report(at, `unknown page header ${quote(title)} (not followed by an abstract)`);
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(title)) {
      unnamed.add(at.no);
      report(at, `title ${quote(title)} has no letters or digits`);
      // Still consume its abstract so the next entry parses cleanly.
    }
    inHeader = false;
    pending = { at, title };
  }

  if (pending) reportNoAbstract(pending);
  if (meta === 'after-person' || meta === 'after-dot') {
    report(lastMetaLine!, `metadata block is cut off: expected ${meta === 'after-person' ? '"·" and a date' : 'a date'} at the end of the file`);
  }
  // Entries whose title had no letters were reported; they cannot become pages.
  return { file, entries: unnamed.size === 0 ? entries : entries.filter((e) => !unnamed.has(e.line)), listingDate, listingDateLine, problems };
}
