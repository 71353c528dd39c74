import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/lib/catalogue-model.ts';
import { paperView } from '../../../src/lib/paper-view.ts';
import { paper } from './helpers.ts';

const tags = [{ id: 'rlhf', label: 'RLHF', description: 'd', aliases: [], match: { phrases: [], acronyms: [], exclude: [], minMatches: 1 } }];

describe('paper page links', () => {
  const a = paper({
    id: 'a',
    tags: ['rlhf'],
    related: [
      { id: 'b', score: 0.4, terms: ['reward model', 'preference data'], tags: ['rlhf'] },
      { id: 'gone', score: 0.3, terms: ['x'], tags: [] },
    ],
    mentions: ['b'],
    mentionedBy: ['gone'],
  });
  const b = paper({ id: 'b', title: 'Paper B' });
  const view = paperView(buildCatalogue([a, b], tags), a, { repo: 'https://github.com/o/r', branch: 'main' }, new Set());

  it('spells out shared terms and tag labels', () => {
    expect(view.related[0]).toMatchObject({ id: 'b', title: 'Paper B', why: 'related through: reward model, preference data · tags: RLHF' });
  });
  it('drops links to papers that are not in the catalogue instead of rendering broken links', () => {
    expect(view.related.map((r) => r.id)).toEqual(['b']);
    expect(view.mentions.map((r) => r.id)).toEqual(['b']);
    expect(view.mentionedBy).toEqual([]);
  });
});
