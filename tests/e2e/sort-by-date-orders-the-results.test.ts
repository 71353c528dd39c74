import { expect, test } from 'vitest';
import { freshPage } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { searchUi } from './harness/selectors.ts';
import { resultMeta, resultsSettled, searchFor } from './harness/search.ts';

const { browser, site } = useSite();

test('choosing "newest first" lists the results by date, newest at the top', async () => {
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${searchUi.path}`);
  await searchFor(page, 'model');
  await page.locator(searchUi.sortControl).selectOption(searchUi.sortNewestFirst);
  await resultsSettled(page);

  const dates = await resultMeta(page, searchUi.dateMeta);
  expect(dates.length).toBeGreaterThan(1);
  expect(dates.every((d) => d !== '')).toBe(true);
  // Distinct dates, so an unsorted list could not pass by accident.
  expect(new Set(dates).size).toBeGreaterThan(1);
  expect(dates).toEqual([...dates].sort().reverse());
  await context.close();
});
