import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { freshPage, launchChromium } from './harness/browser.ts';
import { distDir, serveSite, type StaticSite } from './harness/server.ts';
import { offlineUi, sitePaths } from './harness/selectors.ts';
import { buildId, pageDirs, paperTitle, redeployWithRetitledPaper, waitUntilAvailableOffline } from './harness/site.ts';

const dist = distDir();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-redeploy-'));
const next = path.join(tmp, 'dist');
const paper = pageDirs(dist, sitePaths.papers)[0]!;
const oldTitle = paperTitle(dist, paper);
const newTitle = `${oldTitle} (revised edition)`;
let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  redeployWithRetitledPaper(dist, next, paper, newTitle);
  browser = await launchChromium();
  site = await serveSite(dist);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

test('a visitor of the old deploy sees a changed paper title after the new deploy, without clearing anything', async () => {
  const { context, page } = await freshPage(browser);
  const paperUrl = `${site.url}${sitePaths.papers}/${paper}/`;
  await page.goto(paperUrl);
  expect(await waitUntilAvailableOffline(page)).toBe(buildId(dist));
  await page.reload();
  expect(await page.locator('h1').first().innerText()).toBe(oldTitle);

  site.swap(next);
  // The browser checks for a new sw.js on navigation; the new worker precaches, takes over and says so.
  await page.reload();
  await waitUntilAvailableOffline(page, buildId(next));
  await page.reload();
  await expect.poll(() => page.locator('h1').first().innerText()).toBe(newTitle);

  // The new content is what is cached now, too.
  await context.setOffline(true);
  await site.stop();
  await page.reload();
  await expect.poll(() => page.locator('h1').first().innerText()).toBe(newTitle);
  await context.close();
});

test('a page left open from the old deploy offers a reload once the new deploy has taken over', async () => {
  const server = await serveSite(dist);
  const { context, page } = await freshPage(browser);
  await page.goto(server.url);
  await waitUntilAvailableOffline(page, buildId(dist));
  server.swap(next);
  const reg = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.update()).then(() => true));
  expect(reg).toBe(true);
  await page.locator(offlineUi.updated).waitFor({ state: 'visible', timeout: 60_000 });
  await context.close();
  await server.stop();
});
