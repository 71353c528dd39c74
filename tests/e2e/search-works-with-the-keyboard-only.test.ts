import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPage } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { searchUi, sitePaths } from './harness/selectors.ts';
import { resultPaperIds, resultsSettled } from './harness/search.ts';
import { pageDirs, paperTitle } from './harness/site.ts';

const { browser, site, dist } = useSite();

/** Presses Tab until the focused element matches `sel`, as a keyboard user would. */
async function tabUntil(page: Page, sel: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, sel)) return;
  }
  throw new Error(`Tab never reached ${sel}`);
}

test('with only the keyboard a user reaches the search box, searches, and opens a result', async () => {
  const papers = pageDirs(dist, sitePaths.papers);
  const paper = papers[Math.floor(papers.length / 2)]!;
  const title = paperTitle(dist, paper);
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${searchUi.path}`);

  await tabUntil(page, searchUi.input);
  await page.keyboard.type(title);
  await resultsSettled(page);
  expect(await resultPaperIds(page, site().url, sitePaths.papers)).toContain(paper);

  await tabUntil(page, `${searchUi.resultLink}[href$="/${paper}/"]`);
  await Promise.all([page.waitForURL(`**/${sitePaths.papers}/${paper}/`), page.keyboard.press('Enter')]);
  expect(await page.locator('h1').first().innerText()).toBe(title);
  await context.close();
});
