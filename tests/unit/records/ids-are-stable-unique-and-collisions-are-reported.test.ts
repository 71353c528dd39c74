import path from 'node:path';
import { expect, it } from 'vitest';
import { readListings } from '../../../scripts/lib/io.ts';
import { parseListings } from '../../../scripts/lib/listing/parse-listings.ts';
import { paperId } from '../../../scripts/lib/records/ids.ts';
import { mergeEntries } from '../../../scripts/lib/records/merge-entries.ts';
import { InputError } from '../../../scripts/lib/report.ts';
import { paperSchema } from '../../../src/schema/paper.ts';

it('gives the 408 seed papers unique, schema-valid ids that do not change with listing order', async () => {
  const files = await readListings(path.resolve(import.meta.dirname, '../../../content/sources'));
  const records = mergeEntries(parseListings(files));
  expect(records).toHaveLength(408);
  expect(new Set(records.map((r) => r.id)).size).toBe(408);
  for (const { body: _body, ...paper } of records) expect(paperSchema.safeParse(paper).success).toBe(true);
  const reversed = mergeEntries(parseListings([...files].reverse()));
  expect(reversed.map((r) => r.id)).toEqual(records.map((r) => r.id));
  expect(records.filter((r) => r.sources.length > 1)).toHaveLength(44);
});

it('reports two different titles that map to the same id', () => {
  const long = 'A Very Long Title About Reinforcement Learning From Human Feedback For Large Language Models In Practice';
  const id = paperId(long);
  const short = id.replace(/-/g, ' ');
  const abstract = 'An abstract long enough to be a real abstract for this test case.';
  try {
    mergeEntries([
      { file: 'a.txt', line: 1, title: long, abstract },
      { file: 'b.txt', line: 7, title: short, abstract },
    ]);
    expect.unreachable();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(new RegExp(`^b\\.txt:7:1 titles .* map to the same id "${id}"`));
  }
});
