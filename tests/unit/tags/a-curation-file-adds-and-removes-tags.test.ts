import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../scripts/lib/tags/load-taxonomy.ts';
import { loadCuration } from '../../../scripts/lib/tags/load-curation.ts';
import { tagPapers } from '../../../scripts/lib/tags/tagger.ts';
import type { PaperRecord } from '../../../scripts/lib/types.ts';
import { fixture } from './fixtures.ts';

const { tags } = loadTaxonomy(fixture('taxonomy/valid.yml').text, 'tags.yml');

function record(id: string, title: string, abstract: string): PaperRecord {
  return { id, title, abstract, codeUrls: [], sources: [{ file: 'a.txt', line: 1 }], tags: [], related: [], mentions: [], mentionedBy: [], body: [] };
}

describe('curation', () => {
  const papers = [record('good-paper', 'Faster sampling for diffusion models', 'We speed up a diffusion model.')];

  it('without curation the tagger decides', () => {
    expect(tagPapers(papers, tags, new Map())[0]!.tags).toEqual(['diffusion']);
  });

  it('a curation file adds a tag (with its parent) and removes an automatic one', () => {
    const { curation } = loadCuration([fixture('curation/good-paper.yml')], new Set(tags.map((t) => t.id)), new Set(['good-paper']));
    const [tagged] = tagPapers(papers, tags, curation);
    expect(tagged!.tags).toEqual(['alignment', 'rlhf']);
    expect(papers[0]!.tags).toEqual([]);
  });
});
