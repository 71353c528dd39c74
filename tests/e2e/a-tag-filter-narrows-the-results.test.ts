import { expect, test } from 'vitest';
import { freshPage } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { searchUi, sitePaths } from './harness/selectors.ts';
import { filterValues, openFilter, resultPaperIds, resultPaths, resultTotal, resultsSettled, searchFor, tickFilter } from './harness/search.ts';
import { papersTagged, tagIdByLabel } from './harness/site.ts';

const { browser, site, dist } = useSite();

/** Paper ids listed on the tag page titled `label` (all its pages). */
function papersTaggedLabel(label: string): Set<string> {
  const tag = tagIdByLabel(dist, label);
  expect(tag, `a tag page titled "${label}"`).toBeDefined();
  return papersTagged(dist, tag!);
}

test('ticking a tag keeps only results with that tag, fewer than before', async () => {
  // A common word so the unfiltered search spans several tags.
  const query = 'model';
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${searchUi.path}`);
  await searchFor(page, query);
  const before = await resultTotal(page);
  expect(before).toBeGreaterThan(1);

  await openFilter(page, searchUi.tagFilter);
  // A tag that genuinely narrows this search: on some results, not all.
  const picked = (await filterValues(page, searchUi.tagFilter)).find((v) => v.count > 0 && v.count < before);
  expect(picked, 'some tag should cover part of the results').toBeDefined();
  await tickFilter(page, searchUi.tagFilter, picked!.value);
  await resultsSettled(page);

  // The facet counts and the result list update separately; under load one can lag the other, so wait until the
  // shown total agrees with the tag's facet count for this query (read afresh), then check it narrowed the search.
  const facetCount = async () => (await filterValues(page, searchUi.tagFilter)).find((v) => v.value === picked!.value)?.count;
  await expect.poll(async () => (await resultTotal(page)) === (await facetCount()), { timeout: 20_000, interval: 250 }).toBe(true);
  const after = await resultTotal(page);
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  const shown = await resultPaths(page);
  const ids = await resultPaperIds(page, site().url, sitePaths.papers);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids).toHaveLength(shown.length);
  const tagged = papersTaggedLabel(picked!.value);
  for (const id of ids) expect(tagged.has(id), `${id} is listed on the "${picked!.value}" tag page`).toBe(true);
  await context.close();
});
