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

// Every Unicode space separator (NBSP, narrow NBSP, thin space, …) and tabs read as an ordinary space.
const SPACES = /[\t\p{Zs}]+/gu;
// Zero-width characters copied from HTML carry no meaning; a BOM may also appear mid-file when files were joined.
const INVISIBLE = /[\uFEFF\u200B\u200C\u200D\u2060]/g;

export function toLines(text: string): Line[] {
  const out: Line[] = [];
  const raw = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i++) {
    const visible = raw[i].replace(INVISIBLE, '');
    const trimmed = visible.replace(SPACES, ' ').trim();
    if (trimmed === '') continue;
    const indent = /^[\t\p{Zs}]*/u.exec(visible)![0].length;
    out.push({ no: i + 1, col: indent + 1, text: trimmed });
  }
  return out;
}

/** A line's text for an error message: quoted, and shortened so a whole abstract never floods the log. */
export function quote(text: string, max = 80): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}
