import { describe, expect, it } from 'vitest';
import { relatePapers } from '../../../scripts/lib/links/related.ts';
import { record } from './seed-records.ts';

// Two candidates equally close in text to the first paper; only one shares its tags.
const catalogue = (withTags: boolean) => [
  record('Reward Models from Preference Data', 'We fit reward models on human preference data for alignment.', {
    tags: withTags ? ['alignment', 'rlhf'] : [],
  }),
  record('Alpha Study', 'Reward models and preference data in a new domain.', { tags: withTags ? ['rlhf'] : [] }),
  record('Beta Study', 'Reward models and preference data in a new domain.', { tags: withTags ? ['vision'] : [] }),
  record('Gamma Study', 'Diffusion samplers and consistency.'),
  record('Delta Study', 'Bandit regret bounds.'),
  record('Epsilon Study', 'Graph neural networks.'),
];

describe('tag overlap in related papers', () => {
  it('without tags, equal text ties are broken by id and no tags are shown', () => {
    const [first] = relatePapers(catalogue(false), { k: 5 });
    expect(first.related[0].score).toBe(first.related[1].score);
    expect(first.related.slice(0, 2).map((r) => r.id)).toEqual(['alpha-study', 'beta-study']);
    expect(first.related.every((r) => r.tags.length === 0)).toBe(true);
  });

  it('with tags, the paper sharing a tag ranks first and the shared tag is shown', () => {
    const [first] = relatePapers(catalogue(true), { k: 5 });
    expect(first.related[0].id).toBe('alpha-study');
    expect(first.related[0].tags).toEqual(['rlhf']);
    expect(first.related[0].score).toBeGreaterThan(first.related[1].score);
    expect(first.related.find((r) => r.id === 'beta-study')?.tags).toEqual([]);
  });
});
