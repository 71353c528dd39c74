import { expect, test } from 'vitest';
import { axeViolations, freshPage, PHONE_WIDTH, type Look } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { searchUi, sitePaths } from './harness/selectors.ts';
import { resultsSettled } from './harness/search.ts';
import { pageDirs, paperWithMath } from './harness/site.ts';

const { browser, site, dist } = useSite();

// Light at desktop width is covered by pages-have-no-accessibility-violations; these are the other three corners.
const looks: [string, Look][] = [
  ['dark mode', { theme: 'dark' }],
  [`a ${PHONE_WIDTH} px phone`, { width: PHONE_WIDTH }],
  [`dark mode on a ${PHONE_WIDTH} px phone`, { theme: 'dark', width: PHONE_WIDTH }],
];

test.each(looks)('axe finds no violations on home, a paper with math, a tag and search results in %s', async (_, look) => {
  const pages: [string, string][] = [
    ['home', ''],
    ['paper', `${sitePaths.papers}/${paperWithMath(dist)}/`],
    ['tag', `${sitePaths.tags}/${pageDirs(dist, sitePaths.tags)[0]}/`],
    ['search', `${searchUi.path}?${searchUi.queryParam}=model`],
  ];
  const { context, page } = await freshPage(browser(), 'allow', look);
  const found: Record<string, unknown[]> = {};
  for (const [name, rel] of pages) {
    await page.goto(`${site().url}${rel}`);
    if (name === 'search') await resultsSettled(page);
    // The look really applies: otherwise a light desktop page would be checked twice and prove nothing.
    const shown = await page.evaluate(() => ({
      scheme: getComputedStyle(document.documentElement).colorScheme,
      width: document.documentElement.clientWidth,
    }));
    expect(shown.scheme, name).toBe(look.theme ?? 'light');
    if (look.width) expect(shown.width, name).toBeLessThanOrEqual(look.width);
    found[name] = await axeViolations(page);
  }
  expect(found).toEqual({ home: [], paper: [], tag: [], search: [] });
  await context.close();
});
