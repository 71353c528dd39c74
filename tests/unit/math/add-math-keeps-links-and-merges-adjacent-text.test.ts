import { describe, expect, it } from 'vitest';
import { addMath } from '../../../scripts/lib/math/add-math.ts';
import type { PaperRecord } from '../../../scripts/lib/types.ts';

const record = (body: PaperRecord['body']): PaperRecord => ({
  id: 'a-paper',
  title: 'A Paper',
  abstract: 'unused here',
  codeUrls: [],
  sources: [{ file: '000.txt', line: 1 }],
  tags: [],
  related: [],
  mentions: [],
  mentionedBy: [],
  body,
});

describe('addMath', () => {
  it('recovers math in text, keeps links untouched and merges text that ends up adjacent', () => {
    const link = { kind: 'link', text: 'Paper B', href: '/papers/paper-b/' } as const;
    const input = record([
      { kind: 'text', text: 'regret of mathcal{O}(T^{2/3}) as in ' },
      link,
      { kind: 'text', text: ' and ' },
      { kind: 'text', text: 'more prose.' },
    ]);
    const [out] = addMath([input]);
    expect(out.body).toEqual([
      { kind: 'text', text: 'regret of ' },
      { kind: 'math', tex: '\\mathcal{O}(T^{2/3})' },
      { kind: 'text', text: ' as in ' },
      link,
      { kind: 'text', text: ' and more prose.' },
    ]);
  });

  it('does not mutate its input and keeps every other field', () => {
    const input = record([{ kind: 'text', text: 'an ell_2 bound' }]);
    const frozen = JSON.stringify(input);
    const [out] = addMath([input]);
    expect(JSON.stringify(input)).toBe(frozen);
    expect({ ...out, body: input.body }).toEqual(input);
    expect(out.body).toEqual([
      { kind: 'text', text: 'an ' },
      { kind: 'math', tex: '\\ell_2' },
      { kind: 'text', text: ' bound' },
    ]);
  });
});
