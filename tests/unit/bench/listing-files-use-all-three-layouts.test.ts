import { describe, expect, it } from 'vitest';
import { makeSyntheticPapers, toListingFiles } from '../../../scripts/bench/synthetic.ts';

const papers = makeSyntheticPapers(540, 11);
const files = toListingFiles(papers, { seed: 11, perFile: 200 });
const byLayout = (suffix: string) => files.filter((f) => f.name.endsWith(`_${suffix}.txt`));

describe('toListingFiles', () => {
  it('splits the catalogue into files of about 200 entries, one layout after another', () => {
    expect(files.map((f) => f.name)).toEqual([
      '000_synthetic_blank-lines.txt',
      '001_synthetic_glued.txt',
      '002_synthetic_metadata.txt',
    ]);
  });

  it('writes the blank-line layout with the real header lines, blank-line separated', () => {
    const [file] = byLayout('blank-lines');
    expect(file.text).toMatch(
      /^new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\n(Daily Papers\n\n)?byAK and the research community\n\n[A-Z][a-z]{2} \d{1,2}\n\n\S/,
    );
    expect(file.text).not.toMatch(/\n\n\n/);
    expect(file.text).not.toContain('authors');
  });

  it('writes the glued layout without blank lines and with the first title glued to "Subscribe"', () => {
    const [file] = byLayout('glued');
    const lines = file.text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!']);
    const first = papers.find((p) => lines[2] === `Subscribe${p.title}`);
    expect(first).toBeDefined();
    expect(lines[3]).toBe(first!.abstract);
    expect(lines).not.toContain('');
    expect(file.text.endsWith('\n')).toBe(false);
  });

  it('writes the metadata layout with "• N authors" or org lines, "·" and dates with optional upvotes', () => {
    const [file] = byLayout('metadata');
    const blocks = [...file.text.matchAll(/\n\n(.+)\n·\n(.+)(?=\n\n|$)/g)];
    expect(blocks.length).toBeGreaterThan(100);
    for (const [, who, date] of blocks) {
      expect(who).toMatch(/^( {2}• \d+ authors|\S+ \S+)$/);
      expect(date).toMatch(/^[A-Z][a-z]{2} \d{1,2}(, 20\d\d)?( \d+)?$/);
    }
    expect(blocks.some(([, who]) => who.startsWith('  • '))).toBe(true);
    expect(blocks.some(([, , date]) => /, 20\d\d$/.test(date))).toBe(true);
    expect(blocks.some(([, , date]) => /^[A-Z][a-z]{2} \d{1,2}$/.test(date))).toBe(true);
    expect(blocks.some(([, , date]) => /\d \d+$/.test(date))).toBe(true);
  });
});
