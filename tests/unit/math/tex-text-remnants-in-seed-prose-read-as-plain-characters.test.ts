import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanProse } from '../../../scripts/lib/math/clean-prose.ts';

interface Case {
  name: string;
  input: string;
  expected: string;
}

// Real sentences from the seed listings (plus a few common TeX forms in the last cases).
const cases: Case[] = JSON.parse(readFileSync(new URL('../../fixtures/math/tex-remnant-cases.json', import.meta.url), 'utf8'));

describe('TeX text-mode remnants in prose read as plain characters', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(cleanProse(c.input)).toBe(c.expected);
  });

  it('cleaning twice gives the same text as cleaning once', () => {
    for (const c of cases) expect(cleanProse(cleanProse(c.input)), c.name).toBe(cleanProse(c.input));
  });
});
