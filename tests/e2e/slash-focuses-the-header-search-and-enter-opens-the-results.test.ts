import { expect, test } from 'vitest';
import { freshPage } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { headerSearch, searchUi, sitePaths } from './harness/selectors.ts';
import { resultPaperIds, resultsSettled } from './harness/search.ts';
import { pageDirs, paperTitle } from './harness/site.ts';

const { browser, site, dist } = useSite();

test('on the home page "/" puts the cursor in the header search box and Enter opens /search/?q= with results', async () => {
  const papers = pageDirs(dist, sitePaths.papers);
  const paper = papers[Math.floor(papers.length / 4)]!;
  const title = paperTitle(dist, paper);
  const { context, page } = await freshPage(browser());
  await page.goto(site().url);
  expect(await page.evaluate((s) => document.activeElement?.matches(s) ?? false, headerSearch.input)).toBe(false);

  await page.keyboard.press(headerSearch.shortcut);
  expect(await page.evaluate((s) => document.activeElement?.matches(s) ?? false, headerSearch.input)).toBe(true);
  // The "/" itself is swallowed, not typed into the box.
  expect(await page.locator(headerSearch.input).inputValue()).toBe('');

  await page.keyboard.type(title);
  await Promise.all([page.waitForURL((u) => u.pathname.endsWith(`/${searchUi.path}`)), page.keyboard.press('Enter')]);
  const url = new URL(page.url());
  expect(url.pathname).toBe(`${new URL(site().url).pathname}${searchUi.path}`);
  expect(url.searchParams.get(searchUi.queryParam)).toBe(title);
  await resultsSettled(page);
  expect(await page.locator(searchUi.input).inputValue()).toBe(title);
  expect(await resultPaperIds(page, site().url, sitePaths.papers)).toContain(paper);
  await context.close();
});

test('"/" typed inside a text field stays in that field', async () => {
  const { context, page } = await freshPage(browser());
  await page.goto(site().url);
  await page.locator(headerSearch.input).focus();
  await page.keyboard.type('a/b');
  expect(await page.locator(headerSearch.input).inputValue()).toBe('a/b');
  await context.close();
});
