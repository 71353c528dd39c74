import { describe, expect, it } from 'vitest';
import { sortPapersNewestFirst } from '../../../src/lib/catalogue-model.ts';
import { paper } from './helpers.ts';

describe('paper order', () => {
  it('puts newer dates first and undated papers after every dated one', () => {
    const ids = sortPapersNewestFirst([
      paper({ id: 'undated' }),
      paper({ id: 'old', date: '2023-01-05' }),
      paper({ id: 'new', date: '2024-05-27' }),
    ]).map((p) => p.id);
    expect(ids).toEqual(['new', 'old', 'undated']);
  });
  it('breaks date ties by title, ignoring case, so the order is stable across builds', () => {
    const ids = sortPapersNewestFirst([
      paper({ id: 'b', title: 'beta', date: '2024-01-01' }),
      paper({ id: 'a', title: 'Alpha', date: '2024-01-01' }),
      paper({ id: 'z2', title: 'Same' }),
      paper({ id: 'z1', title: 'Same' }),
    ]).map((p) => p.id);
    expect(ids).toEqual(['a', 'b', 'z1', 'z2']);
  });
  it('gives the same order whatever order the input arrives in', () => {
    const input = Array.from({ length: 50 }, (_, i) => paper({ id: `p${i}`, title: `T${i % 7}`, date: i % 5 ? `2024-0${(i % 9) + 1}-01` : undefined }));
    const once = sortPapersNewestFirst(input).map((p) => p.id);
    const reversed = sortPapersNewestFirst([...input].reverse()).map((p) => p.id);
    expect(reversed).toEqual(once);
  });
});
