import { describe, expect, it } from 'vitest';
import { relatePapers } from '../../../scripts/lib/links/related.ts';
import { seedRecords } from './seed-records.ts';

const papers = relatePapers(seedRecords(), { k: 10 });
const byTitle = (prefix: string) => papers.find((p) => p.title.startsWith(prefix))!;
const link = (from: string, to: string) => byTitle(from).related.find((r) => r.id === byTitle(to).id)!;

describe('explanations of related papers', () => {
  it('name the phrase the two papers share, not its single words', () => {
    const terms = link('The Vendi Score', 'Cousins Of The Vendi Score').terms;
    expect(terms[0]).toBe('vendi score');
    expect(terms).not.toContain('vendi');
  });

  it('keep acronyms as written', () => {
    expect(link('Quality Diversity through Human Feedback', 'Quality-Diversity through AI Feedback').terms).toContain('QD');
    expect(link('Secrets of RLHF in Large Language Models Part II', 'RLHF Workflow').terms).toContain('reward modeling');
  });

  it('show at most four terms and never boilerplate words', () => {
    const boilerplate = new Set(['propose', 'paper', 'results', 'show', 'method', 'approach', 'novel', 'the', 'and']);
    for (const p of papers) {
      for (const r of p.related) {
        expect(r.terms.length).toBeLessThanOrEqual(4);
        for (const t of r.terms) expect(boilerplate.has(t)).toBe(false);
      }
    }
  });

  it('scores lie in [0, 1], rounded to 4 decimals, best first', () => {
    for (const p of papers) {
      p.related.forEach((r, i) => {
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(Math.round(r.score * 1e4) / 1e4).toBe(r.score);
        if (i > 0) expect(p.related[i - 1].score).toBeGreaterThanOrEqual(r.score);
      });
    }
  });
});
