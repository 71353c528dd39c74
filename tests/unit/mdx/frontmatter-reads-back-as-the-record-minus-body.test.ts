import { load as jsYamlLoad } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse as yamlParse } from 'yaml';
import { paperSchema } from '../../../src/schema/paper.ts';
import { paperToMdx } from '../../../scripts/lib/mdx/write-paper.ts';
import { makeRecord } from '../../fixtures/mdx/records.ts';

/** Astro's own frontmatter pattern (@astrojs/internal-helpers): the block ends at the first line starting `---`. */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

const TRICKY_STRINGS = [
  '2023', 'no', 'yes', 'null', '~', 'true', '1e3', '0x1F', '.inf', '2024-01-02', '12:30',
  '---', '--- not the end', '...', '# not a comment', 'a: b', '- item', '[a, b]', '{a: b}', '&anchor', '*alias', '!tag',
  '"quoted" and \'single\'', 'back\\slash', 'line\nbreak\r\nand\rcr', '\ttab', ' lead and trail ',
  'NEL\u0085 LS\u2028 PS\u2029 BOM\uFEFF DEL\u007f NUL\u0000 BEL\u0007', 'emoji 🙂 𝔼', 'ﬁ ligature', '%percent', '@at', '`tick`',
];

function readBack(mdx: string) {
  const raw = ASTRO_FRONTMATTER.exec(mdx)?.[1];
  if (raw === undefined) throw new Error('no frontmatter found');
  return { astro: jsYamlLoad(raw), ours: yamlParse(raw) };
}

describe('frontmatter', () => {
  it('reads back through Astro\'s YAML reader and the schema as exactly the record minus body', () => {
    const { body: _body, ...expected } = makeRecord();
    const { astro, ours } = readBack(paperToMdx(makeRecord()));
    expect(paperSchema.parse(astro)).toEqual(expected);
    expect(ours).toEqual(astro);
  });

  it.each(TRICKY_STRINGS)('keeps the string %j a string, unchanged, in every field', (s) => {
    const record = makeRecord({
      title: s,
      abstract: s,
      org: s,
      tags: [s],
      mentions: [s],
      sources: [{ file: s, line: 1, listingDate: s }],
      related: [{ id: s, score: 1, terms: [s], tags: [s] }],
    });
    const { body: _body, ...expected } = record;
    const { astro, ours } = readBack(paperToMdx(record));
    expect(astro).toEqual(expected);
    expect(ours).toEqual(expected);
  });

  it('keeps numbers as numbers', () => {
    const record = makeRecord({ authors: 1, upvotes: 0, related: [{ id: 'b', score: 0.125, terms: [], tags: [] }] });
    const { astro } = readBack(paperToMdx(record));
    expect(astro).toMatchObject({ authors: 1, upvotes: 0, related: [{ score: 0.125 }] });
  });
});
