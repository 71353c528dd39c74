/**
 * The whole content check as one pure function, so `npm run check` and `npm run build` (before it writes anything)
 * agree on what is wrong.
 */
import type { Tag } from '../../../src/schema/tag.ts';
import type { Problem } from '../report.ts';
import { loadCuration } from './load-curation.ts';
import { loadTaxonomy } from './load-taxonomy.ts';
import type { CurationEntry } from './tagger.ts';

export interface ContentInput {
  taxonomy: { path: string; text: string | undefined };
  /** Curation files, or undefined when curation does not apply to this catalogue. */
  curationFiles: { path: string; text: string }[] | undefined;
  paperIds: Set<string>;
}

export interface ValidatedContent {
  tags: Tag[];
  curation: Map<string, CurationEntry>;
  problems: Problem[];
}

export function validateContent(input: ContentInput): ValidatedContent {
  if (input.taxonomy.text === undefined) {
    const missing = { file: input.taxonomy.path, line: 1, col: 1, message: 'taxonomy file not found' };
    return { tags: [], curation: new Map(), problems: [missing] };
  }
  const { tags, problems } = loadTaxonomy(input.taxonomy.text, input.taxonomy.path);
  let curation = new Map<string, CurationEntry>();
  if (input.curationFiles) {
    const loaded = loadCuration(input.curationFiles, new Set(tags.map((t) => t.id)), input.paperIds);
    curation = loaded.curation;
    problems.push(...loaded.problems);
  }
  return { tags, curation, problems: sortProblems(problems) };
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
