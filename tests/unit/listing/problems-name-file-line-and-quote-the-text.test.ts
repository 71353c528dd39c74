import { expect, it } from 'vitest';
import { parseListings } from '../../../scripts/lib/listing/parse-listings.ts';
import { formatProblem, InputError } from '../../../scripts/lib/report.ts';
import { fixture } from './load-fixture.ts';

function problems(files: Parameters<typeof parseListings>[0]): string[] {
  try {
    parseListings(files);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).problems.map(formatProblem);
  }
  throw new Error('expected an InputError');
}

it('reports every problem of every file, each with file:line:col and the offending text', () => {
  const found = problems([
    fixture('broken-missing-abstract-and-stray-dot.txt'),
    fixture('broken-unknown-header-and-bad-date.txt'),
    fixture('layout-a.txt'),
  ]);
  expect(found).toEqual([
    expect.stringMatching(/^broken-missing-abstract-and-stray-dot\.txt:11:1 title "A Title Whose Abstract Went Missing" has no abstract/),
    expect.stringMatching(/^broken-missing-abstract-and-stray-dot\.txt:17:1 stray "·"/),
    expect.stringMatching(/^broken-unknown-header-and-bad-date\.txt:3:1 unknown page header "Trending Papers This Week"/),
    expect.stringMatching(/^broken-unknown-header-and-bad-date\.txt:13:1 expected a date .* found "yesterday"/),
  ]);
});

it('still parses the entries around a problem (so later problems are found too)', () => {
  const found = problems([fixture('broken-missing-abstract-and-stray-dot.txt')]);
  expect(found).toHaveLength(2);
});

it('points at the column of an indented line and reports a stray author line', () => {
  const abstract = 'A long enough abstract about learning from human feedback that keeps going for well over one hundred and twenty characters.';
  const text = `Paper One\n${abstract}\n  • 4 authors\n·\nOct 1\n  • 2 authors\nPaper Two\n${abstract}\n`;
  expect(problems([{ name: 'c.txt', text }])).toEqual([expect.stringMatching(/^c\.txt:6:3 stray author line "• 2 authors"/)]);
});

it('reports an abstract with no title and a title at the end of the file', () => {
  const abstract = 'We study learning from human feedback. It keeps going for well over one hundred and twenty characters. Results are strong.';
  const text = `Paper One\n${abstract}\n${abstract}\nPaper Two\n`;
  expect(problems([{ name: 'd.txt', text }])).toEqual([
    expect.stringMatching(/^d\.txt:3:1 expected a title, found \d+ characters of text "We study/),
    expect.stringMatching(/^d\.txt:4:1 title "Paper Two" has no abstract/),
  ]);
});

it('reports an impossible date', () => {
  const abstract = 'A long enough abstract about learning from human feedback that keeps going for well over one hundred and twenty characters.';
  const text = `Paper One\n${abstract}\n  • 4 authors\n·\nFeb 30, 2024\n`;
  expect(problems([{ name: 'e.txt', text }])).toEqual([expect.stringMatching(/^e\.txt:5:1 no such date "Feb 30, 2024"/)]);
});
