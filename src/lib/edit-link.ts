/**
 * "Edit tags" goes to GitHub: the curation file's editor when it exists, else GitHub's new-file page with a
 * prefilled template, so a reader can propose a tag change without cloning the repository.
 */
import type { Paper } from '../schema/paper.ts';

export interface RepoRef {
  /** e.g. `https://github.com/owner/name` (no trailing slash needed). */
  repo: string;
  branch: string;
}

export const CURATION_DIR = 'content/curation';

/** The starting content of a new curation file; comments tell the contributor what to do. */
export function curationTemplate(p: Pick<Paper, 'id' | 'title' | 'tags'>): string {
  const title = p.title.replace(/[\r\n]+/g, ' ');
  const current = p.tags.length > 0 ? p.tags.join(', ') : '(none)';
  return [
    `# Tag curation for: ${title}`,
    `# Current tags: ${current}`,
    '# List tag ids from content/tags.yml, e.g. add: [reward-modeling]; `npm run check` validates this file.',
    'tags:',
    '  add: []',
    '  remove: []',
    '',
  ].join('\n');
}

export function editTagsUrl(ref: RepoRef, p: Pick<Paper, 'id' | 'title' | 'tags'>, curationExists: boolean): string {
  const repo = ref.repo.replace(/\/+$/, '');
  const branch = encodeURIComponent(ref.branch);
  if (curationExists) return `${repo}/edit/${branch}/${CURATION_DIR}/${encodeURIComponent(p.id)}.yml`;
  // encodeURIComponent rather than URLSearchParams: spaces become %20, never a "+" GitHub could keep literally.
  const query = `filename=${encodeURIComponent(`${p.id}.yml`)}&value=${encodeURIComponent(curationTemplate(p))}`;
  return `${repo}/new/${branch}/${CURATION_DIR}?${query}`;
}
