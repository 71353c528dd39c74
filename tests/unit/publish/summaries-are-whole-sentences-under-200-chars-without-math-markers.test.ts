import { expect, it } from 'vitest';
import { summarize, SUMMARY_MAX } from '../../../src/lib/summary.ts';

const long = `Long ${'x'.repeat(150)}`;

it('keeps whole leading sentences within the limit', () => {
  const abstract = `We study reward models. They overfit. ${long} is the third sentence and is far too long to fit in.`;
  expect(summarize(abstract)).toBe('We study reward models. They overfit.');
});

it('does not end a sentence at "e.g.", "i.e." or "et al."', () => {
  const abstract = `Prior work (Song et al. 2023) uses scores, e.g. gradients, i.e. directions. ${long} ${long}`;
  expect(summarize(abstract)).toBe('Prior work (Song et al. 2023) uses scores, e.g. gradients, i.e. directions.');
});

it('strips TeX math delimiters but keeps the math text', () => {
  expect(summarize('Runs in $O(n \\log n)$ time and $$x^2$$ space with \\(k\\) heads.')).toBe(
    'Runs in O(n \\log n) time and x^2 space with k heads.',
  );
});

it('cuts an over-long first sentence at a word boundary with an ellipsis', () => {
  const words = Array.from({ length: 80 }, (_, k) => `word${k}`).join(' ');
  const s = summarize(`${words}.`);
  expect(s.length).toBeLessThanOrEqual(SUMMARY_MAX);
  expect(s.endsWith('…')).toBe(true);
  expect(words.startsWith(s.slice(0, -1))).toBe(true);
});
