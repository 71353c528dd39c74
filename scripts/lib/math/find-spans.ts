/**
 * Find the character ranges of an abstract that are stripped LaTeX (`mathcal{O}(T^{2/3})`, `ell_p`, `m gg n`).
 *
 * Precision comes first: a span starts only at strong evidence (a `^`/`_` script, a name that is never English
 * like `varepsilon`, a backslash command, a braced symbol `{O}`, a big-O term, `tilde O(`, or a relation between
 * two symbols like `Gamma le S`). It then grows over neighbouring words only while brackets are open, a command
 * still wants its argument, or an operator joins a small term. Lone Greek names stay words: "Gamma processes",
 * "beta setting", "Phi-3-mini" are prose or model names, and rendering them as symbols would mislead.
 *
 * Method names written with a script (`G^2RPO`, `D^3S`, `ReST^{EM}`, `DTS^star`) stay text: as math they would
 * render in italics with the letters spaced as a product, and readers (and the search box) know them as typed.
 * A single-letter base with a plain exponent (`R^2`, `R^3`, `L^2`) is math either way — it reads correctly.
 */
import { ASYMPTOTIC_HEADS, COMMANDS, DISTINCTIVE, GREEK, OPERATORS, TAKES_ARGUMENT, splitGluedCommands } from './commands.ts';

export interface Range {
  start: number;
  end: number;
}

interface Unit extends Range {
  text: string;
}

/** Cheap test run on every abstract before any other work; most abstracts contain no math at all. */
// Plain substring checks: String#includes is far faster in V8 than one regex with many alternatives, and this runs
// on every abstract of the catalogue.
const MAYBE_MATH_CHARS = /[\^_{}\\|]/;
const MAYBE_MATH_WORDS = [
  'math', 'tilde', 'frac', 'sqrt', 'epsilon', 'varphi', 'vartheta', 'leq', 'geq', 'neq', 'infty', 'circ', 'arrow',
  'O(', 'Omega(', 'Theta(', ' le ', ' ge ', ' gg ', ' ll ',
];

/** A unit without any of these cannot start a formula by itself (checked before the costlier analysis). */
const UNIT_MAY_SEED = new RegExp(`[\\\\^_{]|${[...DISTINCTIVE].join('|')}`);

/** Relations that may join two bare symbols into a formula on their own (`m gg n`, `Gamma le S`). */
const RELATION_WORDS = new Set(['le', 'leq', 'ge', 'geq', 'neq', 'gg', 'll', 'circ', 'rightarrow', 'leftarrow', 'mapsto']);
/** Operators that may continue a formula already started (`epsilon < 1/2`, `n = O(…)`). */
const JOINING_OPS = new Set(['=', '<', '>', '<=', '>=', '+', '-', '/', '|', '||', ...OPERATORS]);
JOINING_OPS.delete('in');
JOINING_OPS.delete('to');

/** Function names written as words inside formulas; not English for our purposes. */
const MATH_WORDS = new Set(['poly', 'Poly', 'polylog', 'Var', 'KL', 'sp']);

const MAX_SPAN_UNITS = 16;
const TRAILING_PUNCT = /[.,;:!?]+$/;

export function mightContainMath(text: string): boolean {
  return MAYBE_MATH_CHARS.test(text) || MAYBE_MATH_WORDS.some((w) => text.includes(w));
}

export function findMathSpans(text: string): Range[] {
  if (!mightContainMath(text)) return [];
  const units = toUnits(text);
  const spans: Range[] = [];
  let i = 0;
  while (i < units.length) {
    const startAt = seedStart(units, i);
    if (startAt === undefined) {
      i++;
      continue;
    }
    let first = startAt;
    let last = growForward(units, i);
    // `h = g circ p`, `n = O(…)`: a symbol and an operator just before the formula belong to it.
    while (
      first >= 2 &&
      (spans.length === 0 || units[first - 2].start >= spans[spans.length - 1].end) &&
      isJoiningOp(units[first - 1].text) &&
      isAtom(units[first - 2].text) &&
      adjacentBySpace(text, units[first - 2], units[first - 1]) &&
      adjacentBySpace(text, units[first - 1], units[first])
    ) {
      first -= 2;
    }
    const trimmed = trim(text, units[first].start, units[last].end);
    if (trimmed) spans.push(trimmed);
    i = last + 1;
  }
  return spans;
}

/** Words, with a word split at a hyphen that attaches English (`varepsilon-optimal`, `LiPO-{\lambda}`). */
function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const word = m[0];
    const base = m.index;
    if (!word.includes('-')) {
      units.push({ start: base, end: base + word.length, text: word });
      continue;
    }
    let pieceStart = 0;
    let depth = 0;
    for (let k = 0; k < word.length; k++) {
      const c = word[k];
      if (c === '(' || c === '{' || c === '[') depth++;
      else if (c === ')' || c === '}' || c === ']') depth--;
      else if (c === '-' && depth === 0 && k > pieceStart && k < word.length - 1) {
        const left = word.slice(pieceStart, k);
        const right = word.slice(k + 1).split('-')[0];
        if (isEnglishish(left) || isEnglishish(right)) {
          units.push({ start: base + pieceStart, end: base + k, text: left });
          pieceStart = k + 1;
        }
      }
    }
    units.push({ start: base + pieceStart, end: base + word.length, text: word.slice(pieceStart) });
  }
  return units;
}

function isEnglishish(piece: string): boolean {
  const bare = piece.replace(TRAILING_PUNCT, '');
  return /^[A-Za-z]{3,}$/.test(bare) && !COMMANDS.has(bare);
}

function adjacentBySpace(text: string, a: Unit, b: Unit): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

/** If a formula starts at unit i, the unit it starts at (i, or i-1 for `tilde O(`); otherwise undefined. */
function seedStart(units: Unit[], i: number): number | undefined {
  const t = units[i].text;
  if (t.includes('$') || isScriptName(t)) return undefined;
  if (isSeed(t)) return i;
  if (isAsymptotic(units, i)) return i;
  const next = units[i + 1]?.text;
  if (next !== undefined && (t === 'tilde' || t === 'widetilde' || t === 'hat' || t === 'widehat') && /^(?:[A-Za-z]|[A-Z][a-z]+)\(/.test(next)) {
    const head = next.slice(0, next.indexOf('('));
    if (head.length === 1 || GREEK.has(head)) return i;
  }
  // `Gamma le S`, `m gg n`, `R rightarrow R`: a relation word between two bare symbols.
  const after = units[i + 2]?.text;
  if (next !== undefined && after !== undefined && RELATION_WORDS.has(next) && isSymbol(t) && isSymbol(after.replace(TRAILING_PUNCT, ''))) {
    return i;
  }
  return undefined;
}

/** Extend from the seed at `i` to the last unit of the formula. */
function growForward(units: Unit[], i: number): number {
  let last = i;
  let depth = depthOf(units[i].text);
  // `tilde O(`: the accent word always takes the next unit.
  const wantsArgument = (u: string) => {
    const runs = u.match(/[A-Za-z]+$/);
    if (!runs) return false;
    const glued = splitGluedCommands(runs[0]);
    return glued !== undefined && TAKES_ARGUMENT.has(glued.commands[glued.commands.length - 1]);
  };
  while (last + 1 < units.length && last - i < MAX_SPAN_UNITS) {
    const cur = units[last].text;
    const next = units[last + 1].text;
    if (next.includes('$') || isScriptName(next)) break;
    if (depth > 0 || wantsArgument(cur)) {
      if (!isMathish(next)) break;
      depth += depthOf(next);
      last++;
      continue;
    }
    if (endsWithOperator(cur) && isAtom(next)) {
      last++;
      depth += depthOf(next);
      continue;
    }
    const after = units[last + 2]?.text;
    if (isJoiningOp(next) && after !== undefined && (isAtom(after) || isSeed(after)) && !isScriptName(after)) {
      last += 2;
      depth += depthOf(after);
      continue;
    }
    if (isSeed(next) && /^[(|{]/.test(next)) {
      // `mathcal{O} (cdot)`: a bracketed formula right after a formula continues it.
      last++;
      depth += depthOf(next);
      continue;
    }
    break;
  }
  if (depth > 0) {
    // Brackets never closed within a formula-looking stretch: keep only the seed rather than swallow prose.
    return i;
  }
  return last;
}

function depthOf(s: string): number {
  let d = 0;
  for (const c of s) {
    if (c === '(' || c === '{' || c === '[') d++;
    else if (c === ')' || c === '}' || c === ']') d--;
  }
  return d;
}

/** Strong evidence of stripped math inside one unit. */
function isSeed(t: string): boolean {
  if (isConditional(t)) return true;
  if (!UNIT_MAY_SEED.test(t) || t.includes('$') || isScriptName(t)) return false;
  for (const m of t.matchAll(/\\([A-Za-z]+)/g)) if (COMMANDS.has(m[1])) return true;
  if (hasScript(t)) return true;
  for (const m of t.matchAll(/[A-Za-z]+/g)) {
    const glued = splitGluedCommands(m[0]);
    if (glued && glued.commands.some((c) => DISTINCTIVE.has(c))) return true;
  }
  // A braced single symbol: `{O}(T)`, `{p}_{theta}`, `{varphi}` (the scraper kept braces of `\mathcal{O}` etc.).
  for (const m of t.matchAll(/\{([A-Za-z]+)\}/g)) if (m[1].length === 1 || COMMANDS.has(m[1])) return true;
  return false;
}

/**
 * A conditional distribution `p(Y|X)`, `pi(a|s)`, `q(z|x_t)`: one-letter (or Greek) function of symbols split by
 * a bar. Prose never writes a bar between two bare letters inside brackets.
 */
const CONDITIONAL = /^([A-Za-z]|pi|Pr)\(([A-Za-z](?:_[A-Za-z0-9])?(?:,[A-Za-z](?:_[A-Za-z0-9])?)*)\|([A-Za-z](?:_[A-Za-z0-9])?(?:,[A-Za-z](?:_[A-Za-z0-9])?)*)\)[.,;:]*$/;

function isConditional(t: string): boolean {
  return t.includes('|') && CONDITIONAL.test(t);
}

/** `x_t`, `T^{2/3}`, `ell_p`, `C_Phi`, `L^*`, `Var^star` — but not `snake_case_names`. */
function hasScript(t: string): boolean {
  if (!t.includes('^') && !t.includes('_')) return false;
  for (const m of t.matchAll(/([A-Za-z]+|\d+|[})\]*|])([\^_])(\{|\*|\d+|[A-Za-z]+)/g)) {
    const [, base, op, script] = m;
    const baseOk = /^[A-Za-z]+$/.test(base)
      ? base.length === 1 || COMMANDS.has(base) || (op === '^' && MATH_WORDS.has(base))
      : true;
    if (!baseOk) continue;
    if (/^[A-Za-z]+$/.test(script) && script.length > 1 && !splitGluedCommands(script)) continue;
    return true;
  }
  return false;
}

/**
 * A method name written with a script: an acronym base (`DTS^star`, `ReST^{EM}`) or capitals glued after the
 * script (`G^2RPO`, `D^3S`, `I^3C`), at the start of the word.
 */
function isScriptName(t: string): boolean {
  if (!t.includes('^')) return false;
  for (const m of t.matchAll(/([A-Za-z]+)\^(\{[A-Za-z0-9]*\}|[A-Za-z0-9*]+)/g)) {
    const [, base, script] = m;
    // A name is the word itself (maybe in brackets or quotes): `KL^*` inside `mathcal{O}(KL^*` is a term.
    if (/[A-Za-z0-9{}^_\\]/.test(t.slice(0, m.index))) continue;
    if ((base.match(/[A-Z]/g)?.length ?? 0) >= 2 && !COMMANDS.has(base)) return true;
    const glued = /^(\d+)([A-Z][A-Za-z]*)/.exec(script);
    if (glued && !splitGluedCommands(glued[2])) return true;
  }
  return false;
}

/** `O(n)`, `Omega(T)`, `O(log T)`, `O((k/Delta)log(T))`: a big-O head whose whole argument is made of symbols. */
function isAsymptotic(units: Unit[], i: number): boolean {
  if (!units[i].text.includes('(')) return false;
  const m = /^\(?([A-Za-z]+)\(/.exec(units[i].text);
  if (!m || !ASYMPTOTIC_HEADS.has(m[1])) return false;
  let depth = 0;
  for (let k = i; k < units.length && k - i <= MAX_SPAN_UNITS; k++) {
    const t = units[k].text;
    if (!isMathish(t.replace(TRAILING_PUNCT, ''))) return false;
    depth += depthOf(t);
    if (depth <= 0) return true;
  }
  return false;
}

/** No English in it: every letter run is a symbol, a command (maybe glued) or a function name. */
function isMathish(t: string): boolean {
  if (t.includes('$')) return false;
  const bare = t.replace(TRAILING_PUNCT, '');
  if (!/^[A-Za-z0-9\\{}()[\]^_|/+\-*=<>,.:;'!]+$/.test(bare)) return false;
  for (const m of bare.matchAll(/[A-Za-z]+/g)) {
    const run = m[0];
    if (run.length <= 3 && !/^[a-z]{3}$/.test(run)) continue;
    if (MATH_WORDS.has(run) || splitGluedCommands(run)) continue;
    if (/^[A-Z]+$/.test(run) && run.length <= 4) continue;
    return false;
  }
  return true;
}

/** A bare symbol: one letter (not the words "a"/"I"/"A"), a number or a Greek name. */
function isSymbol(t: string): boolean {
  if (t === 'a' || t === 'A' || t === 'I') return false;
  return /^(?:[A-Za-z]|\d+(?:\.\d+)?)$/.test(t) || GREEK.has(t);
}

/** A small term an operator may join: `1/2`, `S`, `Delta`, `p<2`, `C_Psi`, `(0,`. */
function isAtom(t: string): boolean {
  const bare = t.replace(TRAILING_PUNCT, '');
  if (bare.length === 0 || bare.length > 24 || bare === 'a' || bare === 'A' || bare === 'I') return false;
  if (!/[A-Za-z0-9]/.test(bare)) return false;
  if (!isMathish(bare)) return false;
  for (const m of bare.matchAll(/[A-Za-z]+/g)) if (m[0].length > 1 && !COMMANDS.has(m[0]) && !splitGluedCommands(m[0])) return false;
  return true;
}

function isJoiningOp(t: string): boolean {
  return JOINING_OPS.has(t);
}

function endsWithOperator(t: string): boolean {
  if (/[=<>+]$/.test(t)) return true;
  const run = /[A-Za-z]+$/.exec(t);
  if (!run) return false;
  const glued = splitGluedCommands(run[0]);
  return glued !== undefined && OPERATORS.has(glued.commands[glued.commands.length - 1]) && glued.commands[glued.commands.length - 1] !== 'in';
}

/** Drop sentence punctuation and brackets that belong to the prose around the formula. */
function trim(text: string, start: number, end: number): Range | undefined {
  let s = start;
  let e = end;
  for (;;) {
    const before = [s, e];
    while (e > s && /[.,;:!?]/.test(text[e - 1])) e--;
    const span = text.slice(s, e);
    const balance = depthOf(span.replace(/[{}[\]]/g, ''));
    if (balance < 0 && text[e - 1] === ')') e--;
    else if (balance > 0 && text[s] === '(') s++;
    else if (text[s] === '(' && text[e - 1] === ')' && closesAt(span) === span.length - 1) {
      s++;
      e--;
    }
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (before[0] === s && before[1] === e) break;
  }
  return e > s ? { start: s, end: e } : undefined;
}

/** Index of the `)` matching the `(` at index 0. */
function closesAt(span: string): number {
  let d = 0;
  for (let k = 0; k < span.length; k++) {
    if (span[k] === '(') d++;
    else if (span[k] === ')' && --d === 0) return k;
  }
  return -1;
}
