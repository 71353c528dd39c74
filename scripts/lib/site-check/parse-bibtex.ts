/**
 * A small strict BibTeX parser, as classic BibTeX reads files: text outside entries is a comment, braces are counted
 * literally (a backslash does not escape them), values are {…}, "…", numbers or macros joined with #. Returns the
 * entries and every problem with its position, rather than stopping at the first.
 */
import type { Problem } from '../report.ts';
import { locator } from './positions.ts';

export interface BibEntry {
  type: string;
  key: string;
  fields: Map<string, string>;
  line: number;
  col: number;
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const IDENT = /[^\s"#%'(),={}]+/y;

class BibSyntaxError extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

export function parseBibtex(file: string, text: string): { entries: BibEntry[]; problems: Problem[] } {
  const at = locator(text);
  const problems: Problem[] = [];
  const entries: BibEntry[] = [];
  const macros = new Map(MONTH_MACROS.map((m) => [m, m]));
  let i = 0;

  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const expect = (c: string) => {
    skipSpace();
    if (text[i] !== c) throw new BibSyntaxError(i, `expected "${c}" but found ${text[i] === undefined ? 'end of file' : `"${text[i]}"`}`);
    i++;
  };
  const ident = (what: string) => {
    skipSpace();
    IDENT.lastIndex = i;
    const m = IDENT.exec(text);
    if (!m) throw new BibSyntaxError(i, `expected ${what}`);
    i += m[0].length;
    return m[0];
  };
  const braced = (): string => {
    const start = i;
    let depth = 0;
    for (; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return text.slice(start + 1, i++);
      else if (text[i] === '@' && /\n\s*$/.test(text.slice(Math.max(start, i - 80), i))) {
        // An @ at the start of a line inside a value is almost always the next entry after a missing "}".
        throw new BibSyntaxError(start, 'unbalanced braces: value is not closed before the next entry');
      }
    }
    throw new BibSyntaxError(start, 'unbalanced braces: value is never closed');
  };
  const quoted = (): string => {
    const start = i++;
    let depth = 0;
    for (; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth < 0) throw new BibSyntaxError(i, 'unbalanced "}" inside a quoted value');
      else if (text[i] === '"' && depth === 0) return text.slice(start + 1, i++);
    }
    throw new BibSyntaxError(start, 'quoted value is never closed');
  };
  const value = (): string => {
    const parts: string[] = [];
    for (;;) {
      skipSpace();
      const c = text[i];
      if (c === '{') parts.push(braced());
      else if (c === '"') parts.push(quoted());
      else if (c !== undefined && /\d/.test(c)) parts.push(ident('a number'));
      else {
        const start = i;
        const name = ident('a value').toLowerCase();
        if (!macros.has(name)) throw new BibSyntaxError(start, `undefined macro "${name}" (string values need braces or quotes)`);
        parts.push(macros.get(name)!);
      }
      skipSpace();
      if (text[i] !== '#') return parts.join('');
      i++;
    }
  };

  while ((i = text.indexOf('@', i)) !== -1) {
    const entryStart = i++;
    try {
      const type = ident('an entry type after "@"').toLowerCase();
      if (!/^[a-z]+$/.test(type)) throw new BibSyntaxError(entryStart, `"@${type}" is not an entry type`);
      skipSpace();
      const open = text[i];
      if (open !== '{' && open !== '(') throw new BibSyntaxError(i, `expected "{" after @${type}`);
      if (type === 'comment' || type === 'preamble') {
        if (open === '{') braced();
        else i = text.indexOf(')', i) + 1 || text.length;
        continue;
      }
      i++;
      const close = open === '{' ? '}' : ')';
      if (type === 'string') {
        const name = ident('a macro name').toLowerCase();
        expect('=');
        const v = value();
        expect(close);
        macros.set(name, v);
        continue;
      }
      const keyAt = i;
      const key = ident('a citation key');
      const fields = new Map<string, string>();
      for (;;) {
        skipSpace();
        if (text[i] === '@') {
          throw new BibSyntaxError(keyAt, `entry "${key}" is not closed before the next entry (unbalanced braces in a value?)`);
        }
        if (text[i] === close) {
          i++;
          break;
        }
        expect(',');
        skipSpace();
        if (text[i] === close) {
          i++;
          break;
        }
        const nameAt = i;
        const name = ident('a field name').toLowerCase();
        expect('=');
        const v = value();
        if (fields.has(name)) problems.push({ file, ...at(nameAt), message: `entry "${key}" has field "${name}" twice` });
        fields.set(name, v);
      }
      entries.push({ type, key, fields, ...at(keyAt) });
    } catch (error) {
      if (!(error instanceof BibSyntaxError)) throw error;
      problems.push({ file, ...at(error.offset), message: `BibTeX: ${error.message}` });
      // Resume at the next line that starts an entry.
      const next = text.slice(entryStart + 1).search(/\n\s*@/);
      i = next === -1 ? text.length : entryStart + 1 + next + 1;
    }
  }
  return { entries, problems };
}
