/**
 * Problems a contributor can fix, reported as `file:line:col message` and, in CI, as GitHub annotations.
 */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** Thrown by any step that finds input it cannot accept; carries every problem found, not just the first. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
    this.name = 'InputError';
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col} ${p.message}`;
}

/** GitHub workflow command; `%`, CR and LF must be percent-encoded or the annotation is cut. */
export function githubAnnotation(p: Problem): string {
  const enc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => enc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::error file=${prop(p.file)},line=${p.line},col=${p.col}::${enc(p.message)}`;
}

export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.GITHUB_ACTIONS || env.CI);
}

/** Print problems for a human and, in CI, for GitHub's annotations. */
export function printProblems(problems: Problem[], env: NodeJS.ProcessEnv = process.env): void {
  for (const p of problems) {
    console.error(formatProblem(p));
    if (inCi(env)) console.error(githubAnnotation(p));
  }
}
