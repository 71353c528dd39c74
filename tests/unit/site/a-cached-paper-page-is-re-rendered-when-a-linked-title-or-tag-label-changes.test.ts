import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/lib/catalogue-model.ts';
import { cacheKeyOf } from '../../../src/lib/cache-key.ts';
import { paperView } from '../../../src/lib/paper-view.ts';
import type { Tag } from '../../../src/schema/tag.ts';
import { paper } from './helpers.ts';

// The incremental build copies a paper page from the last build when its cacheKey is unchanged; a key that missed
// something the page shows would serve a stale page.
const tag = (label: string): Tag => ({ id: 'rlhf', label, description: 'd', aliases: [], match: { phrases: [], acronyms: [], exclude: [], minMatches: 1 } });
const repo = { repo: 'https://github.com/o/r', branch: 'main' };
const a = paper({ id: 'a', tags: ['rlhf'], related: [{ id: 'b', score: 0.4, terms: ['reward model'], tags: ['rlhf'] }], mentions: ['b'] });

function keyOfA(bTitle: string, label: string, digest = 'd1'): string {
  const c = buildCatalogue([a, paper({ id: 'b', title: bTitle })], [tag(label)]);
  return cacheKeyOf(paperView(c, a, repo, new Set()), digest);
}

describe('paper page cache key', () => {
  it('is the same when nothing the page shows changed', () => {
    expect(keyOfA('Paper B', 'RLHF')).toBe(keyOfA('Paper B', 'RLHF'));
  });
  it("changes when a related paper's title changes, though the paper itself did not", () => {
    expect(keyOfA('Paper B, revised', 'RLHF')).not.toBe(keyOfA('Paper B', 'RLHF'));
  });
  it('changes when a tag label changes in the taxonomy', () => {
    expect(keyOfA('Paper B', 'RL from human feedback')).not.toBe(keyOfA('Paper B', 'RLHF'));
  });
  it('changes when the MDX body changes', () => {
    expect(keyOfA('Paper B', 'RLHF', 'd2')).not.toBe(keyOfA('Paper B', 'RLHF', 'd1'));
  });
});
