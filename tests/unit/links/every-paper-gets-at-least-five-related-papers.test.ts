import { describe, expect, it } from 'vitest';
import { relatePapers } from '../../../scripts/lib/links/related.ts';
import { record, seedRecords } from './seed-records.ts';

describe('every paper gets related papers', () => {
  it('at least five per seed paper, never itself, no repeats', () => {
    for (const p of relatePapers(seedRecords(), { k: 5 })) {
      expect(p.related.length).toBeGreaterThanOrEqual(5);
      const ids = p.related.map((r) => r.id);
      expect(ids).not.toContain(p.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('even in a six-paper catalogue where a paper shares no words with the others', () => {
    const papers = [
      record('Zebra Migration Patterns', 'Ungulates crossing savannah rivers seasonally.'),
      record('Reward Models for Dialogue', 'We train reward models on preference data for dialogue.'),
      record('Preference Data at Scale', 'Large preference data collections improve reward models.'),
      record('Diffusion Samplers', 'Fast samplers for diffusion models reduce sampling steps.'),
      record('Consistency Models', 'Consistency models distil diffusion models into one sampling step.'),
      record('Bandit Exploration', 'Exploration bonuses for contextual bandits with regret bounds.'),
    ];
    const out = relatePapers(papers, { k: 5 });
    for (const p of out) expect(p.related).toHaveLength(5);
    const zebra = out[0];
    expect(zebra.related.every((r) => r.score === 0 && r.terms.length === 0)).toBe(true);
    // ties are broken by id
    expect(zebra.related.map((r) => r.id)).toEqual([...zebra.related.map((r) => r.id)].sort());
  });
});
