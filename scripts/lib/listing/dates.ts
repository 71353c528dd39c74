/**
 * Dates as HF prints them: `Oct 19`, `Oct 19, 2023`, optionally followed by the upvote count (`Sep 2 1`).
 */

export interface MonthDay {
  month: number;
  day: number;
  /** Only present when the page printed it (HF omits the current year). */
  year?: number;
}

export interface DateLine extends MonthDay {
  upvotes?: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Months may also be spelled out ("September 5"); only the first three letters decide.
const DATE_LINE = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2})(?:, ?(\d{4}))?(?: (\d+))?$/;

/** Parses a date line; `undefined` when the text is not shaped like one. Day validity is checked separately. */
export function parseDateLine(text: string): DateLine | undefined {
  const m = DATE_LINE.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  if (month === 0) return undefined;
  const full = text.split(' ')[0].replace(/\.$/, '').toLowerCase();
  if (full.length > 3 && !FULL_MONTHS[month - 1].startsWith(full)) return undefined;
  const out: DateLine = { month, day: Number(m[2]) };
  if (m[3] !== undefined) out.year = Number(m[3]);
  if (m[4] !== undefined) out.upvotes = Number(m[4]);
  return out;
}

const FULL_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) {
    // Without a year, Feb 29 might be valid; it is rechecked once the year is known.
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDay(d: MonthDay, year = d.year): boolean {
  return d.day >= 1 && d.day <= daysInMonth(d.month, year);
}

export function toIsoDate(d: MonthDay, year: number): string {
  return `${String(year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
