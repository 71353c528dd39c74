import { expect, test } from 'vitest';
import { freshPage } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { notFoundUi, searchUi, sitePaths } from './harness/selectors.ts';
import { resultPaperIds, resultsSettled } from './harness/search.ts';
import { pageDirs, paperTitle } from './harness/site.ts';

const { browser, site, dist } = useSite();

test('a mistyped paper address answers 404 with a search form that finds the paper', async () => {
  const papers = pageDirs(dist, sitePaths.papers);
  const paper = papers[Math.floor((papers.length * 2) / 3)]!;
  const title = paperTitle(dist, paper);
  const { context, page } = await freshPage(browser());
  const response = await page.goto(`${site().url}${sitePaths.papers}/${paper}-typo/`);
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').first().innerText()).toMatch(/not found/i);

  await page.locator(notFoundUi.searchInput).fill(title);
  await Promise.all([page.waitForURL((u) => u.pathname.endsWith(`/${searchUi.path}`)), page.locator(notFoundUi.searchInput).press('Enter')]);
  expect(new URL(page.url()).pathname).toBe(`${new URL(site().url).pathname}${searchUi.path}`);
  await resultsSettled(page);
  expect(await resultPaperIds(page, site().url, sitePaths.papers)).toContain(paper);
  await context.close();
});
