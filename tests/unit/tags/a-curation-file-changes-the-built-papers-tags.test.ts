import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../scripts/check.ts';
import { enrich, ingest, renderPages } from '../../../scripts/build-content.ts';
import { readListings } from '../../../scripts/lib/io.ts';

describe('a curation file in a pull request', async () => {
  const merged = ingest(await readListings('content/sources'));
  const paperIds = new Set(merged.map((p) => p.id));
  const id = 'locally-typical-sampling';
  const build = async (curationYaml?: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'curation-'));
    if (curationYaml) writeFileSync(path.join(dir, `${id}.yml`), curationYaml);
    const content = await checkContent({ env: { CATALOG_CURATION: dir }, paperIds });
    expect(content.problems).toEqual([]);
    const paper = enrich(merged, content).find((p) => p.id === id)!;
    return { tags: paper.tags, page: renderPages([paper]).get(`${id}.mdx`)! };
  };

  it('adds and removes tags on the built page of that paper', async () => {
    const before = await build();
    const removed = before.tags[0]!;
    expect(before.tags).not.toContain('fairness');
    const after = await build(`tags:\n  add: [fairness]\n  remove: [${removed}]\n`);
    expect(after.tags).toContain('fairness');
    expect(after.tags).not.toContain(removed);
    expect(after.page).toMatch(/^tags:\n(?:  - "[^"]+"\n)*  - "fairness"/m);
  });
});
