import { expect, it } from 'vitest';
import { formatProblem, InputError } from '../../../scripts/lib/report.ts';
import { mergeEntries } from '../../../scripts/lib/records/merge-entries.ts';
import type { RawEntry } from '../../../scripts/lib/types.ts';

const e = (file: string, abstract: string, title = 'RAG-RewardBench'): RawEntry => ({ file, line: 5, title, abstract });

it('merges copies that differ only by the scraping mirror, keeping the huggingface.co one', () => {
  const mirror = 'We release it at https://hf-mirror.492719920.workers.dev/datasets/jinzhuoran/RAG-RewardBench/ for future work.';
  const clean = 'We release it at https://huggingface.co/datasets/jinzhuoran/RAG-RewardBench/ for future work.';
  const [r] = mergeEntries([e('a.txt', mirror), e('b.txt', clean)]);
  expect(r.abstract).toBe(clean);
  expect(r.sources).toHaveLength(2);
});

it('keeps the longer copy when the other is a truncated prefix of it', () => {
  const full = 'First sentence of the abstract. Second sentence with the result.';
  const [r] = mergeEntries([e('a.txt', 'First sentence of the abstract. Second…'), e('b.txt', full)]);
  expect(r.abstract).toBe(full);
});

it('reports two genuinely different abstracts under one title, naming both places', () => {
  try {
    mergeEntries([e('a.txt', 'An abstract about reward models.'), e('b.txt', 'An abstract about protein folding.')]);
    expect.unreachable();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^b\.txt:5:1 paper "RAG-RewardBench" has a different abstract here than at a\.txt:5/),
    ]);
  }
});
