import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recoverMath } from '../../../scripts/lib/math/recover-math.ts';
import type { Segment } from '../../../scripts/lib/types.ts';

interface Case {
  name: string;
  input: string;
  expected: Segment[];
}

const cases: Case[] = JSON.parse(readFileSync(new URL('../../fixtures/math/seed-cases.json', import.meta.url), 'utf8'));

describe('stripped LaTeX from the seed abstracts is restored', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(recoverMath(c.input)).toEqual(c.expected);
  });
});
