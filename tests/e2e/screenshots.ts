/**
 * Screenshots for a human to look at (not a test): light/dark × desktop/phone of home, a paper with math, a tag,
 * search with results and the 404 page. Run after a build:
 *   node tests/e2e/screenshots.ts [outDir]      (default /tmp/paper-atlas-shots; env E2E_DIST / E2E_BASE apply)
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { freshPage, launchChromium, PHONE_WIDTH, type Look } from './harness/browser.ts';
import { searchUi, sitePaths } from './harness/selectors.ts';
import { resultsSettled } from './harness/search.ts';
import { distDir, serveSite } from './harness/server.ts';
import { pageDirs, paperWithMath } from './harness/site.ts';

const out = path.resolve(process.argv[2] ?? '/tmp/paper-atlas-shots');
const dist = distDir();
const pages: { name: string; rel: string; search?: boolean }[] = [
  { name: 'home', rel: '' },
  { name: 'paper-math', rel: `${sitePaths.papers}/${paperWithMath(dist)}/` },
  { name: 'tag', rel: `${sitePaths.tags}/${pageDirs(dist, sitePaths.tags)[0]}/` },
  { name: 'search', rel: `${searchUi.path}?${searchUi.queryParam}=reward+model`, search: true },
  { name: '404', rel: 'no-such-page/' },
];
const looks: { name: string; look: Look }[] = [
  { name: 'light-desktop', look: { theme: 'light' } },
  { name: 'dark-desktop', look: { theme: 'dark' } },
  { name: 'light-phone', look: { theme: 'light', width: PHONE_WIDTH } },
  { name: 'dark-phone', look: { theme: 'dark', width: PHONE_WIDTH } },
];

mkdirSync(out, { recursive: true });
const browser = await launchChromium();
const site = await serveSite(dist);
try {
  for (const { name: lookName, look } of looks) {
    // No service worker: the shots show the pages, not a cache from an earlier shot.
    const { context, page } = await freshPage(browser, 'block', look);
    for (const p of pages) {
      await page.goto(`${site.url}${p.rel}`);
      if (p.search) await resultsSettled(page);
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(out, `${p.name}-${lookName}.png`);
      // Desktop: the first screen; phone: the page down to a few screens, enough to see the layout stack.
      await page.screenshot({ path: file, fullPage: !!look.width, clip: look.width ? { x: 0, y: 0, width: look.width, height: 2400 } : undefined });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.stop();
}
