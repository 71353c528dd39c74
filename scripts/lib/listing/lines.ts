/**
 * Turns a listing file into the non-blank lines the grammar works on. Copy-pasted web pages arrive with BOMs,
 * CRLF, non-breaking spaces and trailing blanks; normalising them here keeps every later rule simple.
 */

export interface Line {
  /** 1-based line number in the file. */
  no: number;
  /** 1-based column of the first visible character (what error messages point at). */
  col: number;
  /** The line with spaces normalised and trimmed. */
  text: string;
}

// Unicode space separators (NBSP, narrow NBSP, thin space, …) and tabs read as an ordinary space. Spelled out
// rather than \p{Zs}: the explicit class is several times faster on 100 MB catalogues.
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Zero-width characters copied from HTML carry no meaning; a BOM may also appear mid-file when files were joined.
const INVISIBLE = /[\uFEFF\u200B\u200C\u200D\u2060]/g;
const NEEDS_CLEANUP = /[\t\u00A0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF]/;

export function toLines(text: string): Line[] {
  // Whole-file checks first, so clean files (the common case) take the fast path on every line.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const dirty = NEEDS_CLEANUP.test(text);
  const out: Line[] = [];
  let no = 0;
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    no++;
    let line = text.slice(from, to);
    from = to + 1;
    if (dirty) line = line.replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
    const trimmed = line.trim();
    if (trimmed === '') continue;
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    out.push({ no, col: indent + 1, text: trimmed.includes('  ') ? trimmed.replace(/ {2,}/g, ' ') : trimmed });
  }
  return out;
}

/** A line's text for an error message: quoted, and shortened so a whole abstract never floods the log. */
export function quote(text: string, max = 80): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}
