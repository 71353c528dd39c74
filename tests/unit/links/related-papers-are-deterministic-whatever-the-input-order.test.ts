import { describe, expect, it } from 'vitest';
import { relatePapers } from '../../../scripts/lib/links/related.ts';
import { seedRecords } from './seed-records.ts';

describe('related papers are deterministic', () => {
  it('same catalogue in reverse order gives byte-identical related lists', () => {
    const seeds = seedRecords();
    const forward = relatePapers(seeds);
    const backward = relatePapers([...seeds].reverse());
    const byId = (ps: typeof forward) => JSON.stringify([...ps].sort((a, b) => (a.id < b.id ? -1 : 1)).map((p) => [p.id, p.related]));
    expect(byId(backward)).toBe(byId(forward));
    expect(backward.map((p) => p.id)).toEqual([...seeds].reverse().map((p) => p.id)); // input order kept
  });
});
