import { describe, expect, it } from 'vitest';
import { addMath } from '../../../scripts/lib/math/add-math.ts';
import type { PaperRecord } from '../../../scripts/lib/types.ts';

const abstract = "Gains of 7\\% with mathcal{O}(T^{2/3}) regret, see https://example.org/~me/``x'' and {\\em COACH}.";

const record: PaperRecord = {
  id: 'a-paper',
  title: 'A Paper',
  abstract,
  codeUrls: [],
  sources: [{ file: '000.txt', line: 1 }],
  tags: [],
  related: [],
  mentions: [],
  mentionedBy: [],
  body: [
    { kind: 'text', text: 'Gains of 7\\% with mathcal{O}(T^{2/3}) regret, see ' },
    { kind: 'link', text: "https://example.org/~me/``x''", href: "https://example.org/~me/``x''" },
    { kind: 'text', text: ' and {\\em COACH}.' },
  ],
};

describe('addMath cleans only the prose of the body', () => {
  const [out] = addMath([record]);

  it('cleans TeX remnants in text segments and recovers the formula between them', () => {
    expect(out.body).toEqual([
      { kind: 'text', text: 'Gains of 7% with ' },
      { kind: 'math', tex: '\\mathcal{O}(T^{2/3})' },
      { kind: 'text', text: ' regret, see ' },
      record.body[1],
      { kind: 'text', text: ' and COACH.' },
    ]);
  });

  it('keeps link text and address exactly as found', () => {
    expect(out.body[3]).toEqual(record.body[1]);
  });

  it('drops the closing brace of a style group that a link cut in two', () => {
    const link = { kind: 'link', text: 'https://github.com/a/b', href: 'https://github.com/a/b' } as const;
    const [cut] = addMath([{ ...record, body: [{ kind: 'text', text: '{\\em Code at ' }, link, { kind: 'text', text: '}, and {sets}.' }] }]);
    expect(cut.body).toEqual([{ kind: 'text', text: 'Code at ' }, link, { kind: 'text', text: ', and {sets}.' }]);
  });

  it("keeps the frontmatter abstract as the listing's exact text", () => {
    expect(out.abstract).toBe(abstract);
  });
});
