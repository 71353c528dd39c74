import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/lib/summary.ts';

describe('summaries for link previews and feeds', () => {
  it('show TeX text remnants as the page does', () => {
    expect(summarize("We select the highest ``quality'' subset, improving accuracy by 7\\% over baselines.")).toBe(
      'We select the highest "quality" subset, improving accuracy by 7% over baselines.',
    );
  });
});
