import { describe, expect, it } from 'vitest';
import { mergeEntries } from '../../../scripts/lib/records/merge-entries.ts';
import type { RawEntry } from '../../../scripts/lib/types.ts';

const ABSTRACT = 'We propose a reward model ensemble. Code is at https://github.com/example/rm_ensemble.';
const entries: RawEntry[] = [
  { file: 'b.txt', line: 40, title: 'Reward Model Ensembles', abstract: ABSTRACT, date: '2024-10-08', authors: 7, upvotes: 2, listingDate: '2025-11-04' },
  { file: 'a.txt', line: 9, title: 'Reward model ensembles', abstract: ABSTRACT, listingDate: '2025-05-28' },
  { file: 'b.txt', line: 12, title: 'Another Paper', abstract: 'Short abstract about something else entirely, with no links at all.', org: 'MMR1' },
  { file: 'c.txt', line: 3, title: 'Reward Model Ensembles!', abstract: ABSTRACT, date: '2025-01-01', upvotes: 5 },
];

describe('mergeEntries', () => {
  const records = mergeEntries(entries);

  it('makes one record per paper, sorted by id', () => {
    expect(records.map((r) => r.id)).toEqual(['another-paper', 'reward-model-ensembles']);
  });

  it('takes the title from the first listing and lists every source in file/line order', () => {
    const r = records[1];
    expect(r.title).toBe('Reward model ensembles');
    expect(r.sources).toEqual([
      { file: 'a.txt', line: 9, listingDate: '2025-05-28' },
      { file: 'b.txt', line: 40, listingDate: '2025-11-04' },
      { file: 'c.txt', line: 3 },
    ]);
  });

  it('takes date and authors from the first listing that has them, and the highest upvotes', () => {
    expect(records[1]).toMatchObject({ date: '2024-10-08', authors: 7, upvotes: 5 });
    expect(records[0]).toMatchObject({ org: 'MMR1' });
    expect(records[0].upvotes).toBeUndefined();
  });

  it('extracts code URLs and link segments, and leaves enrichment fields empty', () => {
    expect(records[1].codeUrls).toEqual(['https://github.com/example/rm_ensemble']);
    expect(records[1].body.map((s) => s.kind)).toEqual(['text', 'link', 'text']);
    expect(records[1]).toMatchObject({ tags: [], related: [], mentions: [], mentionedBy: [] });
  });

  it('does not depend on the order entries arrive in', () => {
    expect(JSON.stringify(mergeEntries([...entries].reverse()))).toBe(JSON.stringify(records));
  });
});
