/**
 * The LaTeX command names the scraper stripped backslashes from. Which list a name is in decides how much evidence
 * we need before treating it as math: `varepsilon` is never English, `beta` or `star` often is.
 */

const GREEK_LOWER = [
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa',
  'lambda', 'mu', 'nu', 'xi', 'pi', 'varpi', 'rho', 'varrho', 'sigma', 'varsigma', 'tau', 'upsilon', 'phi', 'varphi',
  'chi', 'psi', 'omega',
];
const GREEK_UPPER = ['Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega'];

/** Relations and binary operators; a span ending in one of these continues with the next small term. */
export const OPERATORS = new Set([
  'le', 'leq', 'ge', 'geq', 'neq', 'ne', 'll', 'gg', 'approx', 'sim', 'simeq', 'equiv', 'propto', 'in', 'notin',
  'subset', 'subseteq', 'cup', 'cap', 'times', 'cdot', 'circ', 'pm', 'mp', 'to', 'mapsto', 'rightarrow',
  'leftarrow', 'Rightarrow', 'Leftarrow', 'leftrightarrow', 'mid', 'parallel',
]);

const SYMBOLS = [
  'infty', 'partial', 'nabla', 'ell', 'dots', 'ldots', 'cdots', 'forall', 'exists', 'emptyset', 'top', 'perp',
  'prime', 'star', 'ast', 'langle', 'rangle', 'lfloor', 'rfloor', 'lceil', 'rceil', 'left', 'right', 'big', 'Big',
  'bigl', 'bigr',
];
const FUNCTIONS = ['log', 'ln', 'exp', 'sin', 'cos', 'tan', 'min', 'max', 'sup', 'inf', 'lim', 'det', 'dim', 'ker', 'arg', 'Pr'];

/** Commands that take an argument (the next letter or group), e.g. `mathcal S`, `tilde O`. */
export const TAKES_ARGUMENT = new Set([
  'mathcal', 'mathbb', 'mathfrak', 'mathsf', 'mathrm', 'mathbf', 'mathit', 'mathscr', 'boldsymbol', 'tilde',
  'widetilde', 'hat', 'widehat', 'bar', 'overline', 'underline', 'vec', 'dot', 'ddot', 'frac', 'sqrt',
]);

/** Every command name we restore a backslash to inside a math span (all are defined in KaTeX). */
export const COMMANDS = new Set([...GREEK_LOWER, ...GREEK_UPPER, ...OPERATORS, ...SYMBOLS, ...FUNCTIONS, ...TAKES_ARGUMENT]);

export const GREEK = new Set([...GREEK_LOWER, ...GREEK_UPPER]);

/**
 * Names that are not English words, so meeting one (even in prose) is evidence of stripped math.
 * `epsilon` is here because "epsilon" in an ML abstract is the symbol (ε-greedy, ε-optimal).
 */
export const DISTINCTIVE = new Set([
  'mathcal', 'mathbb', 'mathfrak', 'mathsf', 'mathrm', 'mathbf', 'mathit', 'mathscr', 'boldsymbol', 'widetilde',
  'widehat', 'overline', 'underline', 'varepsilon', 'epsilon', 'varphi', 'vartheta', 'varpi', 'varrho', 'varsigma',
  'frac', 'sqrt', 'leq', 'geq', 'neq', 'infty', 'cdot', 'cdots', 'ldots', 'rightarrow', 'leftarrow', 'Rightarrow',
  'Leftarrow', 'leftrightarrow', 'mapsto', 'subseteq', 'notin', 'propto', 'nabla', 'emptyset', 'circ', 'langle',
  'rangle', 'lfloor', 'rfloor', 'lceil', 'rceil',
]);

/** Big-O style heads: `O(…)`, `Omega(…)`, `Theta(…)` are math when their argument is made of math atoms. */
export const ASYMPTOTIC_HEADS = new Set(['O', 'o', 'Omega', 'Theta', 'omega']);

/**
 * Split a run of letters into an optional short variable prefix (0–2 letters, e.g. the `m` of `mlog`) and one or
 * more command names, when the run was several tokens glued together by the scraper (`Tbeta`, `Phicirc`,
 * `widetildeTheta`). Glued commands must be 3+ letters: allowing `in`, `to`, `pi`… would split ordinary words.
 * Returns undefined when the run is not such a gluing.
 */
export function splitGluedCommands(run: string): Glued | undefined {
  // Every word of every abstract passes through here; words repeat, so remember the answer (bounded).
  let known = gluedCache.get(run);
  if (known === undefined) {
    known = run.length < 3 && !COMMANDS.has(run) ? null : (splitUncached(run) ?? null);
    if (gluedCache.size >= MAX_GLUED_CACHE) gluedCache.clear();
    gluedCache.set(run, known);
  }
  return known ?? undefined;
}

interface Glued {
  prefix: string;
  commands: string[];
}

const MAX_GLUED_CACHE = 100_000;
const gluedCache = new Map<string, Glued | null>();

function splitUncached(run: string): Glued | undefined {
  if (COMMANDS.has(run)) return { prefix: '', commands: [run] };
  for (let p = 0; p <= Math.min(2, run.length - 3); p++) {
    const commands = coverWithCommands(run.slice(p));
    if (commands) return { prefix: run.slice(0, p), commands };
  }
  return undefined;
}

function coverWithCommands(rest: string): string[] | undefined {
  if (rest === '') return [];
  // Longest name first so `varepsilon` wins over `var…` fragments; runs are short, so this stays cheap.
  for (let len = Math.min(14, rest.length); len >= 3; len--) {
    const head = rest.slice(0, len);
    if (!COMMANDS.has(head)) continue;
    const tail = coverWithCommands(rest.slice(len));
    if (tail) return [head, ...tail];
  }
  return undefined;
}
