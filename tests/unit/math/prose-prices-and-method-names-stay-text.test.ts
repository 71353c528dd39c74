import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recoverMath } from '../../../scripts/lib/math/recover-math.ts';

interface Case {
  name: string;
  input: string;
}

const cases: Case[] = JSON.parse(readFileSync(new URL('../../fixtures/math/prose-cases.json', import.meta.url), 'utf8'));
const math = (input: string) => recoverMath(input).filter((s) => s.kind === 'math');

describe('prose, prices and method names stay text', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const found = math(c.input);
    // The price sentence also carries a real subscript, showing that `$` only blocks the words it is in.
    if (name === 'prices with dollar signs') expect(found).toEqual([{ kind: 'math', tex: 'x_t' }]);
    else expect(found).toEqual([]);
  });

  it('gives back the original characters when nothing is math', () => {
    for (const c of cases.slice(1)) expect(recoverMath(c.input)).toEqual([{ kind: 'text', text: c.input }]);
  });

  it('returns no segments for empty text', () => {
    expect(recoverMath('')).toEqual([]);
  });
});
