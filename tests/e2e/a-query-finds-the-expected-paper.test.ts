import { expect, test } from 'vitest';
import { freshPage } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { searchUi, sitePaths } from './harness/selectors.ts';
import { resultPaperIds, resultPaths, searchFor } from './harness/search.ts';
import { pageDirs, paperTitle } from './harness/site.ts';

const { browser, site, dist } = useSite();

test("searching for a paper's title lists that paper among the first results", async () => {
  const papers = pageDirs(dist, sitePaths.papers);
  const paper = papers[Math.floor(papers.length / 3)]!;
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${searchUi.path}`);
  await searchFor(page, paperTitle(dist, paper));
  expect(await resultPaperIds(page, site().url, sitePaths.papers)).toContain(paper);
  await context.close();
});

test('a query no paper contains shows no results', async () => {
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${searchUi.path}`);
  await searchFor(page, 'zzqxjv');
  expect(await resultPaths(page)).toEqual([]);
  await context.close();
});
