/**
 * Turn TeX text-mode remnants in abstract prose into the characters a reader expects: `7\%` → `7%`,
 * `\'a la` → `á la`, `Polyak-\L ojasiewicz` → `Polyak-Łojasiewicz`, `{\em COACH}` → `COACH`, ``` ``good'' ``` →
 * `"good"`, `w.r.t.~the` → `w.r.t. the`.
 *
 * It runs on text segments only, after math recovery, so formulas never reach it; the frontmatter `abstract`
 * keeps the listing's exact characters. Conservative on purpose: every rule needs an unmistakable TeX marker
 * (a backslash, a backtick pair, a tie glued between two words). Whatever is unknown is left as written, because a
 * stray backslash is ugly but a wrongly "fixed" word silently changes what the authors wrote. Deliberately kept:
 * `--` (also a plain dash), a lone `%` (a percentage, or a comment marker we cannot safely cut), `~5%` (approx.),
 * `1M~60M` (a range), unknown commands like `\foo`.
 */
import type { Segment } from '../types.ts';

/** Escaped TeX specials, plus spacing commands that only mean "a space here" or "nothing here" to a reader. */
const ESCAPES: Record<string, string> = {
  '%': '%', '&': '&', '#': '#', _: '_', $: '$', '{': '{', '}': '}',
  ' ': ' ', // control space after an abbreviation: `e.g.\ class`
  '@': '', // `\@` only fixes TeX's sentence spacing
  '-': '', // discretionary hyphen inside a word: `opti\-mization`
};

/** Accent commands → the combining mark they put on the next letter (composed with NFC afterwards). */
const ACCENTS: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A',
};

/** Letter commands of TeX's text mode. */
const LETTERS: Record<string, string> = {
  L: 'Ł', l: 'ł', o: 'ø', O: 'Ø', ss: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', i: 'ı', j: 'ȷ',
};

/** `\emph{x}` etc.: the argument is the text, the command only styled it. */
const STYLE_COMMANDS = ['emph', 'textit', 'textbf', 'textsc', 'texttt', 'textrm', 'textsf', 'textsl', 'textup', 'textmd', 'underline'];
/** `{\em x}` etc.: declarations that style the rest of their group. */
const STYLE_DECLARATIONS = ['em', 'it', 'bf', 'sc', 'tt', 'rm', 'sf', 'sl', 'small', 'footnotesize', 'scriptsize', 'large', 'Large', 'normalsize'];

/** Cheap pre-check: most abstracts have none of these and return unchanged without any other work. */
const MAYBE_TEX = /[\\~`{]|''/;

export function cleanProse(text: string): string {
  return cleanWithOpenGroups(text, []);
}

/**
 * Clean the text segments of one body in order. A style group may be cut by a link (`\emph{code at <url>}`), so
 * the open groups carry over from one text segment to the next and the `}` after the link goes too.
 */
export function cleanProseSegments(body: Segment[]): Segment[] {
  const open: boolean[] = [];
  return body.map((s) => (s.kind === 'text' ? { kind: 'text', text: cleanWithOpenGroups(s.text, open) } : s));
}

function cleanWithOpenGroups(text: string, open: boolean[]): string {
  if (!MAYBE_TEX.test(text) && !(open.length > 0 && text.includes('}'))) return text;
  let out = text;
  if (out.includes('\\') || out.includes('{') || (open.length > 0 && out.includes('}'))) out = unwrapStyles(out, open);
  if (out.includes('{')) out = unwrapProseGroups(out);
  if (out.includes('\\')) out = replaceCommands(out);
  if (out.includes('`') || out.includes("''")) out = plainQuotes(out);
  if (out.includes('~')) out = tiesToSpaces(out);
  return out;
}

/**
 * Drop style wrappers but keep their text: `\textbf{x}`, `{\em x}`. One pass with a stack of open groups, so
 * nesting works and an opener whose `}` was lost in scraping (`\textbf{We will open-source …` is cut off in a seed)
 * still goes away without touching unrelated braces.
 */
const STYLE_OPENER = new RegExp(
  String.raw`\\(?:${STYLE_COMMANDS.join('|')})\s*\{|\{\\(?:${STYLE_DECLARATIONS.join('|')})(?![A-Za-z])\s*|[{}]`,
  'g',
);

/** `open` holds one entry per unclosed group, true for a style group whose closing brace must go too; updated. */
function unwrapStyles(text: string, open: boolean[]): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(STYLE_OPENER)) {
    const token = m[0];
    // An escaped brace `\{` is a literal; leave it for replaceCommands.
    if ((token === '{' || token === '}') && text[m.index - 1] === '\\') continue;
    out += text.slice(at, m.index);
    at = m.index + token.length;
    if (token === '{') {
      open.push(false);
      out += token;
    } else if (token === '}') {
      const styled = open.pop();
      if (styled !== true) out += token;
    } else {
      open.push(true);
    }
  }
  return out + text.slice(at);
}

/** `\%`, `\'a`, `\'{a}`, `\v{c}`, `\L ojasiewicz`, `\cite{a,b}`; unknown commands are left as they are. */
const COMMAND = /\\(?:([%&#_${} @-])|([`'^"~=.])\s*(\{\\?[A-Za-z]\}|\\[ij](?![A-Za-z])|[A-Za-z])|([uvHckr])(?:\s*\{(\\?[A-Za-z])\}|\s+([A-Za-z]))|(cite[pt]?)\s*\{([^{}]*)\}|([A-Za-z]+)(?:\{\}| (?=[A-Za-z]))?)/g;

function replaceCommands(text: string): string {
  return text.replace(COMMAND, (whole, esc, accent, accentArg, letterAccent, braced, spaced, cite, keys, name) => {
    if (esc !== undefined) return ESCAPES[esc];
    if (accent !== undefined) return accented(accent, accentArg.replace(/[{}]/g, ''));
    if (letterAccent !== undefined) return accented(letterAccent, braced ?? spaced);
    if (cite !== undefined) return `[${keys.split(',').map((k: string) => k.trim()).filter(Boolean).join(', ')}]`;
    // The match includes the space TeX swallows after a control word (`\L ojasiewicz` is one word) or an empty
    // group `\L{}`; an unknown command goes back unchanged, space and all.
    return LETTERS[name] ?? whole;
  });
}

function accented(accent: string, base: string): string {
  // `\'{\i}`: the dotless i only made room for the accent; `í` is the letter meant.
  const letter = base.startsWith('\\') ? base.slice(1) : base;
  return (letter + ACCENTS[accent]).normalize('NFC');
}

/**
 * `{directional feedback}`: a style command whose name the scraper dropped left its braces around plain words.
 * Only groups of two or more words of letters; `{O}`, `{EM}` or `{1-2epsilon}` may be math and stay.
 */
const PROSE_GROUP = /(^|[\s("'])\{([A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)+)\}/g;

function unwrapProseGroups(text: string): string {
  return text.replace(PROSE_GROUP, '$1$2');
}

/**
 * ``` ``x'' ``` and `` `x' `` are TeX's curly quotes; readers (and the search box) expect plain ones. A `''` right
 * after a one-letter word is a double prime (`f''`) and stays.
 */
function plainQuotes(text: string): string {
  return text
    .replace(/``/g, '"')
    .replace(/''/g, (quote, at: number, all: string) => (isLetter(all[at - 1]) && !isLetter(all[at - 2]) ? quote : '"'))
    .replace(/(^|[\s(["])`([^`\s](?:[^`]{0,200}?[^\s`])?)'(?![A-Za-z])/g, "$1'$2'");
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

/**
 * A tie `~` glued between a word and the next (`w.r.t.~the`, `models~(LMs)`, `work~nichani2023provable`) is a TeX
 * non-breaking space. `~5%` and `(~5%` mean "approximately" and `1M~60M` is a range, so the word before must not
 * start with a digit and the tie must touch a word on both sides.
 */
function tiesToSpaces(text: string): string {
  return text.replace(/(?<=[A-Za-z.)\]])~(?=[A-Za-z0-9(\[])/g, (tie, at: number) => {
    // Only the start of the word matters; a bounded look back keeps one giant token from costing quadratic time.
    const before = text.slice(Math.max(0, at - 64), at);
    const word = /\S*$/.exec(before)?.[0] ?? '';
    return /^\d/.test(word) ? tie : ' ';
  });
}
