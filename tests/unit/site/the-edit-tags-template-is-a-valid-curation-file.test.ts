import { describe, expect, it } from 'vitest';
import { curationTemplate } from '../../../src/lib/edit-link.ts';
import { loadCuration } from '../../../scripts/lib/tags/load-curation.ts';

describe('the curation file an "Edit tags" link pre-fills', () => {
  const paper = { id: 'locally-typical-sampling', title: 'Locally Typical Sampling: a "title" with: colons', tags: ['text-generation'] };
  const check = (text: string) =>
    loadCuration([{ path: `content/curation/${paper.id}.yml`, text }], new Set(['text-generation', 'language-models']), new Set([paper.id]));

  it('passes npm run check as it is', () => {
    expect(check(curationTemplate(paper)).problems).toEqual([]);
  });

  it('changes the tags once the contributor fills in the list', () => {
    const { curation, problems } = check(curationTemplate(paper).replace('add: []', 'add: [language-models]'));
    expect(problems).toEqual([]);
    expect(curation.get(paper.id)).toEqual({ add: ['language-models'], remove: [] });
  });
});
