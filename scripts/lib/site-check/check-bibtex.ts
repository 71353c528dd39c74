/**
 * Check 4: a .bib file parses strictly, keys are unique, and each entry has the fields a citation needs.
 */
import type { Problem } from '../report.ts';
import { parseBibtex } from './parse-bibtex.ts';

const REQUIRED: Record<string, string[]> = {
  misc: ['title'],
  article: ['title', 'author', 'journal', 'year'],
  inproceedings: ['title', 'author', 'booktitle', 'year'],
  book: ['title', 'year'],
};

export function checkBibtex(file: string, text: string): Problem[] {
  const { entries, problems } = parseBibtex(file, text);
  if (entries.length === 0 && problems.length === 0) problems.push({ file, line: 1, col: 1, message: 'no BibTeX entries' });
  const seen = new Map<string, number>();
  for (const e of entries) {
    const first = seen.get(e.key.toLowerCase());
    if (first !== undefined) problems.push({ file, line: e.line, col: e.col, message: `duplicate key "${e.key}" (first at line ${first})` });
    else seen.set(e.key.toLowerCase(), e.line);
    for (const f of REQUIRED[e.type] ?? ['title']) {
      if (!e.fields.get(f)?.trim()) problems.push({ file, line: e.line, col: e.col, message: `@${e.type}{${e.key}} has no ${f}` });
    }
  }
  return problems;
}
