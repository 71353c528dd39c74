import { expect, test } from 'vitest';
import { freshPage } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { searchUi } from './harness/selectors.ts';
import { searchFor } from './harness/search.ts';
import { buildId } from './harness/site.ts';

const { browser, site, dist } = useSite();

test("Pagefind fetches its entry file with this deploy's build id as ?ts=, so HTTP caches can keep it per deploy", async () => {
  // Without the service worker every request reaches the server, where it can be seen.
  const { context, page } = await freshPage(browser(), 'block');
  await page.goto(`${site().url}${searchUi.path}`);
  await searchFor(page, 'model');
  const entries = site().requests.filter((r) => r.startsWith('pagefind/pagefind-entry.json'));
  expect(entries).toEqual([`pagefind/pagefind-entry.json?ts=${buildId(dist)}`]);
  await context.close();
});
