import { describe, expect, it } from 'vitest';
import { markEditedBodies } from '../../../scripts/lib/records/mark-edited-bodies.ts';
import { linkUrls } from '../../../scripts/lib/records/link-urls.ts';
import { recoverMath } from '../../../scripts/lib/math/recover-math.ts';
import type { PaperRecord, Segment } from '../../../scripts/lib/types.ts';

const record = (abstract: string, body: Segment[]): PaperRecord => ({
  id: 'p', title: 'P', abstract, body, codeUrls: [], sources: [{ file: 'a.txt', line: 1 }], tags: [], related: [], mentions: [], mentionedBy: [],
});

describe('marking papers whose page must also show the abstract as listed', () => {
  it('leaves a plain abstract with an intact URL unmarked', () => {
    const abstract = 'We study bandits. Code: https://github.com/a/b_c.';
    expect(markEditedBodies([record(abstract, linkUrls(abstract))])[0]!.bodyEdited).toBeUndefined();
  });

  it('marks an abstract whose math was recovered', () => {
    const abstract = 'A regret of mathcal{O}(T^{2/3}) is optimal.';
    expect(markEditedBodies([record(abstract, recoverMath(abstract))])[0]!.bodyEdited).toBe(true);
  });

  it('marks an abstract whose URL was repaired', () => {
    const abstract = 'Code is at https: //github.com/reds-lab/x.';
    expect(markEditedBodies([record(abstract, linkUrls(abstract))])[0]!.bodyEdited).toBe(true);
  });
});

describe('a formula whose TeX equals the listed text', () => {
  it('still marks the paper, because KaTeX renders it differently', () => {
    const abstract = 'Attention scales as O(n^2) in length.';
    expect(markEditedBodies([record(abstract, recoverMath(abstract))])[0]!.bodyEdited).toBe(true);
  });
});
