import { expect, test } from 'vitest';
import { axeViolations, freshPage } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { searchUi, sitePaths } from './harness/selectors.ts';
import { searchFor } from './harness/search.ts';
import { pageDirs } from './harness/site.ts';

const { browser, site, dist } = useSite();

const pages: [string, () => string][] = [
  ['home', () => ''],
  ['a paper', () => `${sitePaths.papers}/${pageDirs(dist, sitePaths.papers)[0]}/`],
  ['a tag', () => `${sitePaths.tags}/${pageDirs(dist, sitePaths.tags)[0]}/`],
  ['the offline page', () => sitePaths.offlinePage],
];

test.each(pages)('axe finds no violations on %s', async (_, rel) => {
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${rel()}`);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test('axe finds no violations on the search page showing results', async () => {
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${searchUi.path}`);
  await searchFor(page, 'model');
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
