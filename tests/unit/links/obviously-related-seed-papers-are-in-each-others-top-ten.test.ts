import { describe, expect, it } from 'vitest';
import { relatePapers } from '../../../scripts/lib/links/related.ts';
import { seedRecords } from './seed-records.ts';

const papers = relatePapers(seedRecords(), { k: 10 });
const byTitle = (prefix: string) => {
  const found = papers.filter((p) => p.title.startsWith(prefix));
  if (found.length !== 1) throw new Error(`expected one seed paper titled "${prefix}…", found ${found.length}`);
  return found[0];
};
const rankOf = (from: string, to: string) => byTitle(from).related.findIndex((r) => r.id === byTitle(to).id);

// Pairs a researcher would call obviously related: versions of one method, a method and its benchmark or dataset,
// a survey and its members, a metric and its follow-up.
const pairs: [string, string, number][] = [
  ['The Vendi Score', 'Cousins Of The Vendi Score', 5],
  ['Quality Diversity through Human Feedback', 'Quality-Diversity through AI Feedback', 5],
  ["Let's Verify Step by Step", "Let's reward step by step", 5],
  ["Let's Verify Step by Step", "Let's Reinforce Step by Step", 5],
  ["Let's Verify Step by Step", 'The Lessons of Developing Process Reward Models', 10],
  ['HelpSteer2: Open-source dataset', 'HelpSteer2-Preference', 5],
  ['Consistency Trajectory Models', 'Convergence Analysis for General Probability Flow ODEs', 5],
  ['PRMBench', 'The Lessons of Developing Process Reward Models', 5],
  ['Free Process Rewards without Process Labels', 'The Lessons of Developing Process Reward Models', 5],
  ['Feynman-Kac Correctors in Diffusion', 'On Feynman--Kac training', 5],
  ['Probabilistic Circuits That Know', 'Probabilistic Integral Circuits', 5],
  ['Feedback-Based Self-Learning in Large-Scale', 'Self-Aware Feedback-Based Self-Learning', 5],
  ['Preference-based Online Learning with Dueling Bandits: A Survey', 'Stochastic Contextual Dueling Bandits', 5],
  ['MixGRPO', 'G^2RPO', 5],
  ['Secrets of RLHF in Large Language Models Part II', 'RLHF Workflow', 5],
  ['Introduction to Multi-Armed Bandits', 'Preference-based Online Learning with Dueling Bandits', 5],
  ['Implicit Feedback for Dense Passage Retrieval', 'Unbiased Recommender Learning from Missing-Not-At-Random', 5],
];

describe('related papers on the seed catalogue', () => {
  it.each(pairs)('"%s" and "%s" list each other near the top', (a, b, within) => {
    expect(rankOf(a, b)).toBeGreaterThanOrEqual(0);
    expect(rankOf(a, b)).toBeLessThan(within);
    expect(rankOf(b, a)).toBeGreaterThanOrEqual(0);
    expect(rankOf(b, a)).toBeLessThan(10);
  });

  it('a benchmark and the paper evaluating on it are related through the benchmark name', () => {
    const link = byTitle('DRIFT').related.find((r) => r.id === byTitle('WildBench').id);
    expect(link?.terms).toContain('WildBench');
  });
});
