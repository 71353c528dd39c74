import { expect, test } from 'vitest';
import { freshPage } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { searchUi, sitePaths } from './harness/selectors.ts';
import { resultPaperIds, resultsSettled } from './harness/search.ts';
import { pageDirs, paperTitle } from './harness/site.ts';

const { browser, site, dist } = useSite();

test('opening the search page with ?q= shows the query and its results without typing', async () => {
  const papers = pageDirs(dist, sitePaths.papers);
  const paper = papers[papers.length - 1]!;
  const title = paperTitle(dist, paper);
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${searchUi.path}?${searchUi.queryParam}=${encodeURIComponent(title)}`);
  await resultsSettled(page);
  expect(await page.locator(searchUi.input).inputValue()).toBe(title);
  expect(await resultPaperIds(page, site().url, sitePaths.papers)).toContain(paper);
  await context.close();
});
