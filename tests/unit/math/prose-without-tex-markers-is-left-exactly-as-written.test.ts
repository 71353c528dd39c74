import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanProse } from '../../../scripts/lib/math/clean-prose.ts';

interface Case {
  name: string;
  input: string;
}

const cases: Case[] = JSON.parse(readFileSync(new URL('../../fixtures/math/prose-without-tex-cases.json', import.meta.url), 'utf8'));

describe('prose without TeX markers is left exactly as written', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(cleanProse(c.input)).toBe(c.input);
  });

  it('leaves the empty string empty', () => {
    expect(cleanProse('')).toBe('');
  });
});
