import { describe, expect, it } from 'vitest';
import { editTagsUrl } from '../../../src/lib/edit-link.ts';
import { paper } from './helpers.ts';

const repo = { repo: 'https://github.com/owner/atlas/', branch: 'main' };
const p = paper({ id: 'prompt-optimization', title: 'Prompt Optimization & "Human" Feedback', tags: ['rlhf', 'bandits'] });

describe('Edit tags link', () => {
  it('edits the existing curation file', () => {
    expect(editTagsUrl(repo, p, true)).toBe('https://github.com/owner/atlas/edit/main/content/curation/prompt-optimization.yml');
  });
  it('opens GitHub new-file with the file name and a template naming the paper and its current tags', () => {
    const url = new URL(editTagsUrl(repo, p, false));
    expect(url.origin + url.pathname).toBe('https://github.com/owner/atlas/new/main/content/curation');
    expect(url.searchParams.get('filename')).toBe('prompt-optimization.yml');
    const value = url.searchParams.get('value') ?? '';
    expect(value).toContain('Prompt Optimization & "Human" Feedback');
    expect(value).toContain('rlhf, bandits');
    expect(url.search).not.toContain('+');
  });
});
