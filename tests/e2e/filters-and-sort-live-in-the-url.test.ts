import { expect, test } from 'vitest';
import { freshPage } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { searchUi, sitePaths } from './harness/selectors.ts';
import { filterTicked, openFilter, resultDates, resultPaperIds, resultsSettled, resultTotal, untickFilter } from './harness/search.ts';
import { pageDirs, papersTagged, tagLabel } from './harness/site.ts';

const { browser, site, dist } = useSite();
const query = 'model';

/** The tag with the most papers: a search for a common word within it has many results with several dates. */
function busiestTag(): string {
  const tags = pageDirs(dist, sitePaths.tags).map((id) => ({ id, n: papersTagged(dist, id).size }));
  tags.sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));
  return tags[0]!.id;
}

const params = (url: string) => new URL(url).searchParams;

test('opening a search address with a tag and sort=date ticks the tag, sorts by date and shows only tagged papers', async () => {
  const tag = busiestTag();
  const label = tagLabel(dist, tag);
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${searchUi.path}?${searchUi.queryParam}=${query}&${searchUi.tagParam}=${tag}&${searchUi.sortParam}=date`);
  await resultsSettled(page);

  expect(await page.locator(searchUi.input).inputValue()).toBe(query);
  expect(await page.locator(searchUi.sortControl).inputValue()).toBe(searchUi.sortNewestFirst);
  expect(await filterTicked(page, searchUi.tagFilter)).toEqual([label]);

  const ids = await resultPaperIds(page, site().url, sitePaths.papers);
  expect(ids.length).toBeGreaterThan(1);
  const tagged = papersTagged(dist, tag);
  for (const id of ids) expect(tagged.has(id), `${id} carries the tag "${label}"`).toBe(true);

  const dates = await resultDates(page);
  const dated = dates.filter((d) => d !== '');
  expect(new Set(dated).size).toBeGreaterThan(1);
  expect(dated).toEqual([...dated].sort().reverse());
  expect(dates.slice(0, dated.length)).toEqual(dated);
  await context.close();
});

test('changing the sort or unticking the tag rewrites the address, keeping the rest of the search', async () => {
  const tag = busiestTag();
  const label = tagLabel(dist, tag);
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${searchUi.path}?${searchUi.queryParam}=${query}&${searchUi.tagParam}=${tag}`);
  await resultsSettled(page);
  const narrowed = await resultTotal(page);

  await page.locator(searchUi.sortControl).selectOption(searchUi.sortMostUpvoted);
  await expect.poll(() => params(page.url()).get(searchUi.sortParam)).toBe(searchUi.sortMostUpvoted);
  expect(params(page.url()).get(searchUi.queryParam)).toBe(query);
  expect(params(page.url()).getAll(searchUi.tagParam)).toEqual([tag]);

  await page.locator(searchUi.sortControl).selectOption(searchUi.sortNewestFirst);
  await expect.poll(() => params(page.url()).get(searchUi.sortParam)).toBe(searchUi.sortNewestFirst);
  await resultsSettled(page);
  const dated = (await resultDates(page)).filter((d) => d !== '');
  expect(dated).toEqual([...dated].sort().reverse());

  // Relevance is the default, so it leaves the address.
  await page.locator(searchUi.sortControl).selectOption(searchUi.sortRelevance);
  await expect.poll(() => params(page.url()).has(searchUi.sortParam)).toBe(false);

  await openFilter(page, searchUi.tagFilter);
  await untickFilter(page, searchUi.tagFilter, label);
  await expect.poll(() => params(page.url()).getAll(searchUi.tagParam)).toEqual([]);
  expect(await filterTicked(page, searchUi.tagFilter)).toEqual([]);
  await resultsSettled(page);
  expect(params(page.url()).get(searchUi.queryParam)).toBe(query);
  expect(await resultTotal(page)).toBeGreaterThan(narrowed);
  await context.close();
});

test('a copied address reopens the same search: the sort survives a reload', async () => {
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${searchUi.path}?${searchUi.queryParam}=${query}`);
  await resultsSettled(page);
  await page.locator(searchUi.sortControl).selectOption(searchUi.sortNewestFirst);
  await expect.poll(() => params(page.url()).get(searchUi.sortParam)).toBe(searchUi.sortNewestFirst);
  await page.reload();
  await resultsSettled(page);
  expect(await page.locator(searchUi.sortControl).inputValue()).toBe(searchUi.sortNewestFirst);
  const dated = (await resultDates(page)).filter((d) => d !== '');
  expect(new Set(dated).size).toBeGreaterThan(1);
  expect(dated).toEqual([...dated].sort().reverse());
  await context.close();
});
