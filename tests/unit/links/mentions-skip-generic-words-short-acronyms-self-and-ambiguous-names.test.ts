import { describe, expect, it } from 'vitest';
import { linkMentions } from '../../../scripts/lib/links/mentions.ts';
import { record } from './seed-records.ts';

const linkTexts = (p: { body: { kind: string; text?: string }[] }) => p.body.filter((s) => s.kind === 'link').map((s) => s.text);

describe('mentions avoid false links', () => {
  const catalogue = [
    record('Tuna: Instruction Tuning using Feedback', 'We tune models with feedback from larger models.'),
    record('MRS: A Fast Sampler', 'A fast sampler for mean reverting diffusion.'),
    record('WildBench: Benchmarking LLMs in the Wild', 'WildBench is an evaluation framework. WildBench scores agree with humans.'),
    record('Adaptive Guidance: Training-free Acceleration', 'Guidance for diffusion.'),
    record(
      'A Study of Evaluation',
      'We study Tuna fish and MRS imaging, apply adaptive guidance and Adaptive Guidance, ' +
        'compare with LongWildBench and wildbench, then evaluate on WildBench and again on WildBench.',
    ),
  ];
  const out = linkMentions(catalogue);
  const study = out[4];

  it('plain dictionary words and 3-letter acronyms never link', () => {
    expect(linkTexts(study)).not.toContain('Tuna');
    expect(linkTexts(study)).not.toContain('MRS');
    expect(linkTexts(study)).not.toContain('Adaptive Guidance');
  });

  it('a distinctive name links only on a case-sensitive whole word, first occurrence only', () => {
    expect(linkTexts(study)).toEqual(['WildBench']);
    const i = study.body.findIndex((s) => s.kind === 'link');
    expect(study.body[i - 1]).toMatchObject({ kind: 'text' });
    expect((study.body[i - 1] as { text: string }).text.endsWith('evaluate on ')).toBe(true);
    expect(study.mentions).toEqual(['wildbench-benchmarking-llms-in-the-wild']);
  });

  it('a paper naming itself is not a mention', () => {
    expect(out[2].mentions).toEqual([]);
    expect(linkTexts(out[2])).toEqual([]);
  });

  it('a name two catalogued papers share links to neither', () => {
    const ambiguous = linkMentions([
      record('HelpSteer3: Open Data', 'Data.'),
      record('HelpSteer3: Preference Edition', 'Preferences.'),
      record('A User', 'We train on HelpSteer3 data.'),
    ]);
    expect(ambiguous[2].mentions).toEqual([]);
    expect(linkTexts(ambiguous[2])).toEqual([]);
  });

  it('a proper-noun name after "The" links; a Title Case name of ordinary words does not', () => {
    const vendi = linkMentions([
      record('The Vendi Score: A Diversity Metric', 'A metric.'),
      record('The Diversity Score: Another Metric', 'A diversity score for samples.'),
      record('Diversity Study', 'We report the Vendi Score and the Diversity Score of samples.'),
    ]);
    expect(linkTexts(vendi[2])).toEqual(['Vendi Score']);
  });
});
