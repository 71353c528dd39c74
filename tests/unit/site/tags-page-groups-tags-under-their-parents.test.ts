import { describe, expect, it } from 'vitest';
import { buildCatalogue, tagForest, topTags } from '../../../src/lib/catalogue-model.ts';
import type { Tag } from '../../../src/schema/tag.ts';
import { paper } from './helpers.ts';

const tag = (id: string, parent?: string): Tag => ({
  id, label: id.toUpperCase(), description: `${id} papers`, parent, aliases: [], match: { phrases: [], acronyms: [], exclude: [], minMatches: 1 },
});

describe('tag hierarchy and counts', () => {
  const c = buildCatalogue(
    [paper({ id: 'p1', tags: ['rlhf', 'alignment'] }), paper({ id: 'p2', tags: ['rlhf', 'unlisted'] })],
    [tag('alignment'), tag('rlhf', 'alignment'), tag('reward', 'rlhf'), tag('loop-a', 'loop-b'), tag('loop-b', 'loop-a')],
  );
  const forest = tagForest(c);

  it('nests children under parents with their paper counts', () => {
    const alignment = forest.find((n) => n.tag.id === 'alignment')!;
    expect(alignment.count).toBe(1);
    expect(alignment.children.map((n) => [n.tag.id, n.count])).toEqual([['rlhf', 2]]);
    expect(alignment.children[0]!.children.map((n) => n.tag.id)).toEqual(['reward']);
  });
  it('still shows every tag once, even a parent cycle or a tag missing from tags.yml', () => {
    const ids: string[] = [];
    const walk = (ns: typeof forest) => ns.forEach((n) => { ids.push(n.tag.id); walk(n.children); });
    walk(forest);
    expect([...ids].sort()).toEqual(['alignment', 'loop-a', 'loop-b', 'reward', 'rlhf', 'unlisted']);
  });
  it('ranks top tags by paper count', () => {
    expect(topTags(c, 2).map((t) => t.tag.id)).toEqual(['rlhf', 'alignment']);
  });
});
