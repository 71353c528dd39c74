/**
 * The one escaping function for untrusted text (titles, abstracts, link text) placed in an MDX body.
 *
 * Safety does not rest on this file alone: scripts/lib/mdx/check-mdx-ast.ts parses every generated page and rejects
 * any node the writer does not legitimately produce. The escaping rules below are chosen so that check always passes
 * and the text a reader sees is exactly the input (newlines collapsed to spaces, NUL shown as U+FFFD).
 */

/**
 * Punctuation that is syntax anywhere on a line in CommonMark + MDX + remark-math (the site runs MDX with GFM off,
 * so autolink literals such as `www.x.y` stay text; `~` and `|` are escaped anyway in case GFM is ever turned on):
 * `\` escapes and hard breaks, `` ` `` code, `*` `_` emphasis, `{` `}` expressions, `<` `>` JSX/autolinks,
 * `[` `]` links, footnotes and definitions, `!` images (a text segment ending in `!` may precede a link),
 * `$` math, `~` strikethrough and fences, `|` tables,
 * `&` character references. Everything else is literal mid-line, so it is left alone to keep pages readable.
 */
const INLINE_SYNTAX = /[\\`*_{}<>[\]$~|&!]/g;

/** Markers that open a block only at the start of a line: ATX heading, list items, thematic breaks, setext. */
const LEADING_MARKER = /^[#+\-=]/;
/** `1.` / `1)` opens an ordered list at a line start (up to 9 digits); escaping the delimiter prevents it. */
const LEADING_ORDERED = /^(\d{1,9})([.)])/;
/** MDX treats a line starting with these keywords as ESM; a character reference for the first letter avoids it. */
const LEADING_ESM = /^(?:import|export)/;

const LINE_BREAK = /\r\n|\r|\n/g;

const isBlank = (c: number) => c === 0x20 || c === 0x09;

function charRef(ch: string): string {
  return `&#x${ch.codePointAt(0)!.toString(16)};`;
}

/**
 * Escape untrusted text for an MDX body so it parses as plain text only, wherever on a line it is placed.
 * Newlines become spaces (an abstract is one paragraph); leading/trailing spaces and tabs become character
 * references so Markdown does not strip them or read them as indentation or hard breaks.
 */
export function escapeMdxText(text: string): string {
  const flat = /[\r\n\0]/.test(text) ? text.replace(LINE_BREAK, ' ').replace(/\0/g, '\uFFFD') : text;
  // Index loops, not /[ \t]*$/: that regex is retried at every offset and made escaping 100× slower.
  let lead = 0;
  while (lead < flat.length && isBlank(flat.charCodeAt(lead))) lead++;
  let trail = 0;
  while (trail < flat.length - lead && isBlank(flat.charCodeAt(flat.length - 1 - trail))) trail++;
  const core = flat.slice(lead, flat.length - trail);

  let head = '';
  let rest = core;
  const ordered = LEADING_ORDERED.exec(rest);
  if (ordered) {
    head = `${ordered[1]}\\${ordered[2]}`;
    rest = rest.slice(ordered[0].length);
  } else if (LEADING_MARKER.test(rest)) {
    head = `\\${rest[0]}`;
    rest = rest.slice(1);
  } else if (LEADING_ESM.test(rest)) {
    head = charRef(rest[0]!);
    rest = rest.slice(1);
  }

  const body = rest.replace(INLINE_SYNTAX, '\\$&');

  const edge = (ws: string) => Array.from(ws, charRef).join('');
  return edge(flat.slice(0, lead)) + head + body + edge(flat.slice(flat.length - trail));
}

/**
 * Escape a URL for the `(…)` destination of a Markdown link. Characters that would end or reshape the destination
 * are backslash-escaped; whitespace and control characters (never valid in a URL) are percent-encoded.
 */
export function escapeLinkDestination(url: string): string {
  return url
    .replace(/[\u0000-\u0020\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/[\\()<>&]/g, '\\$&');
}

/** Only web links and site-relative paths may be written: no `javascript:`, `data:`, `vbscript:`… */
export function isSafeHref(href: string): boolean {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(href);
  if (!scheme) return true;
  return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase());
}
