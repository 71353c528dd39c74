import { describe, expect, it } from 'vitest';
import { relatePapers } from '../../../scripts/lib/links/related.ts';
import { record, seedRecords } from './seed-records.ts';

// Words that came up as "related through" terms before explanations had to be informative.
const GENERIC = [
  'five', 'two', 'three', 'first', 'seen', 'high', 'low', 'time', 'level', 'value', 'step', 'set', 'output', 'self',
  'multi', 'best', 'single', 'number', 'form', 'hand', 'case', 'leverage', 'enhanced', 'empirically', 'effectiveness',
  'state-of-the-art', 'high-quality', 'open-source', 'real-world', 'mathcal', 'data', 'model', 'learning', 'response',
];

describe('explanations on the seeds', () => {
  const papers = relatePapers(seedRecords(), { k: 10 });
  const shown = papers.flatMap((p) => p.related.flatMap((r) => r.terms));

  it('name none of the generic words, numbers or model sizes', () => {
    for (const word of GENERIC) expect(shown).not.toContain(word);
    for (const t of shown) expect(t).not.toMatch(/^(?:\d+(?:\.\d+)?[KMBT]?)$/);
  });

  it('still name at least one shared term for every seed link', () => {
    for (const p of papers) for (const r of p.related) expect(r.terms.length).toBeGreaterThan(0);
  });

  it('fall back to a common topic word when that is all two papers share beyond generic words', () => {
    // "transformer" is in two of five papers (common here), the rest of the overlap is generic
    const catalogue = [
      record('Transformer Notes', 'Five high transformer results seen across several time steps.'),
      record('Transformer Study', 'Five high transformer numbers seen at every time step.'),
      record('Bandit Regret', 'Exploration bonuses for contextual bandits with regret bounds.'),
      record('Diffusion Samplers', 'Fast samplers for diffusion models reduce sampling steps.'),
      record('Graph Kernels', 'Kernels on graphs compare molecules by their substructures.'),
    ];
    const out = relatePapers(catalogue, { k: 4 });
    const notes = out.find((p) => p.title === 'Transformer Notes')!;
    expect(notes.related[0].terms).toEqual(['transformer']);
  });
});
