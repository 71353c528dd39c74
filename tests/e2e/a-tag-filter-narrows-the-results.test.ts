import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { freshPage } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { searchUi, sitePaths } from './harness/selectors.ts';
import { openFilter, resultPaperIds, resultPaths, resultTotal, resultsSettled, searchFor } from './harness/search.ts';
import { pageDirs } from './harness/site.ts';

const { browser, site, dist } = useSite();

/** Paper ids linked from a tag page: the catalogue's own answer to "which papers carry this tag". */
function papersTagged(tag: string): Set<string> {
  const html = readFileSync(path.join(dist, sitePaths.tags, tag, 'index.html'), 'utf8');
  return new Set([...html.matchAll(/href="[^"]*\/papers\/([^/"]+)\/"/g)].map((m) => m[1]!));
}

test('ticking a tag keeps only results with that tag, fewer than before', async () => {
  const tags = pageDirs(dist, sitePaths.tags);
  // A common word so the unfiltered search spans several tags.
  const query = 'model';
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${searchUi.path}`);
  await searchFor(page, query);
  const before = await resultTotal(page);
  expect(before).toBeGreaterThan(1);

  await openFilter(page, searchUi.tagFilter);
  // Pick a tag that genuinely narrows this search: present, but not on every result.
  let picked: string | undefined;
  for (const tag of tags) {
    const box = page.locator(searchUi.filterCheckbox(searchUi.tagFilter, tag));
    if ((await box.count()) === 0) continue;
    const label = await page.locator(`label[for="${await box.getAttribute('id')}"]`).innerText();
    const n = Number(/\((\d+)\)/.exec(label)?.[1] ?? 0);
    if (n > 0 && n < before) {
      picked = tag;
      break;
    }
  }
  expect(picked, 'some tag should cover part of the results').toBeDefined();
  await page.locator(searchUi.filterCheckbox(searchUi.tagFilter, picked!)).check();
  await resultsSettled(page);

  const after = await resultTotal(page);
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  const tagged = papersTagged(picked!);
  const shown = await resultPaths(page);
  const ids = await resultPaperIds(page, site().url, sitePaths.papers);
  expect(ids).toHaveLength(shown.length);
  for (const id of ids) expect(tagged.has(id)).toBe(true);
  await context.close();
});
