import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { freshPage, launchChromium } from './harness/browser.ts';
import { distDir, serveSite, type StaticSite } from './harness/server.ts';
import { sitePaths } from './harness/selectors.ts';
import { waitUntilAvailableOffline } from './harness/site.ts';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  browser = await launchChromium();
  site = await serveSite(distDir());
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

test('offline, a URL that was never cached shows the offline page with links home and to search', async () => {
  const { context, page } = await freshPage(browser);
  await page.goto(site.url);
  await waitUntilAvailableOffline(page);
  await context.setOffline(true);
  await site.stop();

  await page.goto(`${site.url}${sitePaths.papers}/a-paper-this-build-never-had/`);
  await expect.poll(() => page.locator('h1').first().innerText()).toMatch(/offline/i);
  const base = new URL(site.url).pathname;
  const links = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links).toContain(base);
  expect(links).toContain(`${base}search/`);
  await context.close();
});

test('online, the offline page is a normal page of the site', async () => {
  const server = await serveSite(distDir());
  const { context, page } = await freshPage(browser);
  const response = await page.goto(`${server.url}${sitePaths.offlinePage}`);
  expect(response?.status()).toBe(200);
  await expect.poll(() => page.title()).toMatch(/offline/i);
  await context.close();
  await server.stop();
});
