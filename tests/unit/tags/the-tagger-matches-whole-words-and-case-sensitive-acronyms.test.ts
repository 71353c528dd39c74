import { describe, expect, it } from 'vitest';
import { tagSchema, type Tag } from '../../../src/schema/tag.ts';
import { autoTag, finalTags } from '../../../scripts/lib/tags/tagger.ts';

const tags: Tag[] = [
  tagSchema.parse({ id: 'reinforcement-learning', label: 'RL', description: 'd', match: { acronyms: ['RL'], phrases: ['reinforcement learning'] } }),
  tagSchema.parse({ id: 'rlhf', label: 'RLHF', description: 'd', parent: 'reinforcement-learning', match: { acronyms: ['RLHF'] } }),
  tagSchema.parse({ id: 'reward-modeling', label: 'RM', description: 'd', parent: 'rlhf', match: { phrases: ['reward model'], acronyms: ['PRM'] } }),
  tagSchema.parse({ id: 'diffusion', label: 'D', description: 'd', match: { phrases: ['diffusion'], exclude: ['diffusion of innovations'] } }),
  tagSchema.parse({ id: 'bandits', label: 'B', description: 'd', match: { phrases: ['bandit', 'regret'], minMatches: 2 } }),
];
const ids = (title: string, abstract = '') => autoTag({ title, abstract }, tags).map((c) => c.id);

describe('automatic tagger', () => {
  it('does not find "RL" inside "URL"', () => {
    expect(ids('A crawler', 'Each URL is fetched once.')).toEqual([]);
    expect(ids('Offline RL at scale')).toEqual(['reinforcement-learning']);
  });

  it('matches acronyms case-sensitively and phrases case-insensitively', () => {
    expect(ids('We rl the model', 'rlhf in lower case is not the acronym')).toEqual([]);
    expect(ids('REINFORCEMENT LEARNING')).toEqual(['reinforcement-learning']);
  });

  it('accepts plurals and hyphenation of phrases', () => {
    expect(ids('Ensembles of reward models')).toEqual(['reward-modeling']);
    expect(ids('Training PRMs')).toEqual(['reward-modeling']);
    expect(ids('Reward-model overoptimisation')).toEqual(['reward-modeling']);
  });

  it('ignores matches inside an exclude phrase', () => {
    expect(ids('The diffusion of innovations in labs')).toEqual([]);
    expect(ids('Diffusion of innovations and diffusion samplers')).toEqual(['diffusion']);
  });

  it('needs minMatches points, counting a title match double', () => {
    expect(ids('Sorting', 'A bandit algorithm.')).toEqual([]);
    expect(ids('A bandit algorithm')).toEqual(['bandits']);
    expect(ids('Sorting', 'A bandit algorithm with low regret.')).toEqual(['bandits']);
  });

  it('explains each tag with the phrase and where it matched', () => {
    const [c] = autoTag({ title: 'RLHF', abstract: 'We study RLHF and RLHF again.' }, tags);
    expect(c!.evidence).toEqual(['acronym "RLHF" (title, abstract ×2)']);
  });

  it('gives a paper the parents of its tags', () => {
    expect(finalTags({ id: 'p', title: 'A reward model', abstract: '' }, tags, new Map())).toEqual(['reinforcement-learning', 'reward-modeling', 'rlhf']);
  });
});
