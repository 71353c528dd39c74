import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../scripts/lib/tags/load-taxonomy.ts';
import { seedCatalogue } from '../../helpers/seed-catalogue.ts';

describe('the seed catalogue as built, with content/tags.yml and the curation files', async () => {
  const { tags, problems } = loadTaxonomy(readFileSync('content/tags.yml', 'utf8'), 'content/tags.yml');
  const papers = await seedCatalogue();
  const tagged = papers.map((p) => p.tags);
  const count = new Map<string, number>();
  for (const t of tagged) for (const id of t) count.set(id, (count.get(id) ?? 0) + 1);

  it('has a valid taxonomy', () => expect(problems).toEqual([]));
  it('gives every paper at least one tag', () => expect(papers.filter((p) => p.tags.length === 0).map((p) => p.id)).toEqual([]));
  it('gives at least 95% of papers two or more tags', () => {
    expect(tagged.filter((t) => t.length >= 2).length / papers.length).toBeGreaterThanOrEqual(0.95);
  });
  it('uses every tag on at least 3 papers', () => {
    expect(tags.filter((t) => (count.get(t.id) ?? 0) < 3).map((t) => t.id)).toEqual([]);
  });
  it('puts no tag on more than 40% of papers', () => {
    expect([...count].filter(([, n]) => n > 0.4 * papers.length)).toEqual([]);
  });
});
