/**
 * Layout C follows an entry with `  • N authors` (or an organisation line), a `·` line, then a date line.
 */

export const METADATA_SEPARATOR = '·';

/** `• 5 authors` → 5; `undefined` when the line is not an author-count line. */
export function parseAuthorsLine(text: string): number | undefined {
  const m = /^• ?(\d+) authors?$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Shaped like an author-count line, whatever the count says (so `• 0 authors` is reported, not taken as an org). */
export function looksLikeAuthorsLine(text: string): boolean {
  return text.startsWith('•');
}

/**
 * HF shows an organisation as avatar alt-text plus name, so the copied line repeats the name (`MMR1 MMR1`);
 * the repetition is collapsed, anything else is kept as written.
 */
export function parseOrgLine(text: string): string {
  const words = text.split(' ');
  if (words.length % 2 === 0) {
    const half = words.length / 2;
    const first = words.slice(0, half).join(' ');
    if (first === words.slice(half).join(' ')) return first;
  }
  return text;
}
