import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { freshPage, launchChromium } from './harness/browser.ts';
import { distDir, serveSite, type StaticSite } from './harness/server.ts';
import { searchUi, sitePaths } from './harness/selectors.ts';
import { resultPaperIds } from './harness/search.ts';
import { pageDirs, paperTitle, waitUntilAvailableOffline } from './harness/site.ts';

const dist = distDir();
let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  browser = await launchChromium();
  site = await serveSite(dist);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

test('after one visit to the home page, an unvisited paper, a tag page and search work with the network cut', async () => {
  const { context, page } = await freshPage(browser);
  await page.goto(site.url);
  await waitUntilAvailableOffline(page);

  // Cut the network twice over: the browser's offline mode and the server itself, so nothing can come from it.
  await context.setOffline(true);
  await site.stop();

  const papers = pageDirs(dist, sitePaths.papers);
  const paper = papers[Math.floor(papers.length / 2)]!;
  await page.goto(`${site.url}${sitePaths.papers}/${paper}/`);
  await expect.poll(() => page.locator('h1').first().innerText()).toBe(paperTitle(dist, paper));

  const tag = pageDirs(dist, sitePaths.tags)[0]!;
  const tagResponse = await page.goto(`${site.url}${sitePaths.tags}/${tag}/`);
  expect(tagResponse?.ok()).toBe(true);
  expect(await page.locator(`a[href*="/${sitePaths.papers}/"]`).count()).toBeGreaterThan(0);

  const title = paperTitle(dist, paper);
  await page.goto(`${site.url}${searchUi.path}`);
  await page.locator(searchUi.input).fill(title);
  await page.locator(searchUi.result).first().waitFor({ timeout: 20_000 });
  expect(await resultPaperIds(page, site.url, sitePaths.papers)).toContain(paper);
  await context.close();
});
