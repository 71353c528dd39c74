import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../scripts/lib/links/tokenize.ts';

describe('tokenize', () => {
  it('keeps acronyms as written and folds their plural', () => {
    const t = tokenize('We compare RLHF and DPO on several LLMs.');
    expect(t).toEqual(expect.arrayContaining(['RLHF', 'DPO', 'LLM']));
    expect(t).not.toContain('rlhf');
  });

  it('keeps a hyphenated term whole and as its parts; Title Case is lower-cased', () => {
    const t = tokenize('Quality-Diversity search with MM-RLHF');
    expect(t).toEqual(expect.arrayContaining(['quality-diversity', 'quality', 'diversity', 'MM-RLHF', 'RLHF']));
  });

  it('forms phrases from neighbouring content words but not across stop words or punctuation', () => {
    const t = tokenize('We train reward models. Policies of the agent');
    expect(t).toContain('reward model');
    expect(t).not.toContain('model policy');
    expect(t).not.toContain('policy agent');
  });

  it('drops stop words and numbers and folds plurals conservatively', () => {
    const t = tokenize('The policies and biases of 2024 processes');
    expect(t).toEqual(expect.arrayContaining(['policy', 'bias', 'process']));
    expect(t).not.toContain('the');
    expect(t).not.toContain('2024');
  });
});
