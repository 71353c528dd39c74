import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/lib/catalogue.ts';
import { readListings } from '../../../scripts/lib/io.ts';
import { addMath } from '../../../scripts/lib/math/add-math.ts';
import { recoverMath } from '../../../scripts/lib/math/recover-math.ts';
import type { PaperRecord } from '../../../scripts/lib/types.ts';

/** What a reader would see as TeX in the seeds before cleaning (see tex-remnant-cases.json for each form). */
const REMNANT = /\\[%&#_$'`"^~ ]|\\(?:L|em|emph|textbf|textit)(?![A-Za-z])|``|''|(?<![\d.][A-Za-z]*)[A-Za-z.]~[A-Za-z(]/;

describe('the seed pages after the math step', () => {
  let merged: PaperRecord[];
  let enriched: PaperRecord[];
  beforeAll(async () => {
    merged = ingest(await readListings(path.resolve(import.meta.dirname, '../../../content/sources')));
    enriched = addMath(merged);
  });

  const textOf = (p: PaperRecord) => p.body.flatMap((s) => (s.kind === 'text' ? [s.text] : [])).join('|');

  it('had TeX remnants in the listings to begin with', () => {
    expect(merged.filter((p) => REMNANT.test(p.abstract)).length).toBeGreaterThan(20);
  });

  it('show no TeX remnants in their prose', () => {
    const left = enriched.filter((p) => REMNANT.test(textOf(p))).map((p) => `${p.id}: ${REMNANT.exec(textOf(p))?.[0]}`);
    expect(left).toEqual([]);
  });

  it('keep every recovered formula exactly as math recovery found it', () => {
    const formulas = (body: PaperRecord['body']) => body.flatMap((s) => (s.kind === 'math' ? [s.tex] : []));
    for (const [i, p] of merged.entries()) {
      const recovered = p.body.flatMap((s) => (s.kind === 'text' ? recoverMath(s.text) : [s]));
      expect(formulas(enriched[i].body), p.id).toEqual(formulas(recovered));
    }
  });

  it("keep the listing's abstract untouched", () => {
    expect(enriched.map((p) => p.abstract)).toEqual(merged.map((p) => p.abstract));
  });

  it('read the cleaned names and phrases', () => {
    const prose = new Map(enriched.map((p) => [p.id, textOf(p)]));
    expect(prose.get('contextual-bandits-with-online-neural-regression')).toContain('(Polyak-Łojasiewicz)');
    expect(prose.get('interactive-learning-from-policy-dependent-human-feedback')).toContain('introduce Convergent Actor-Critic by Humans (COACH)');
    expect(prose.get('subset-selection-based-on-multiple-rankings-in-the-presence-of-bias-333335')).toContain('the highest "quality" subset');
    expect(prose.get('unraveling-the-mystery-of-scaling-laws-part-i')).toContain('only 1M~60M parameters');
  });
});
