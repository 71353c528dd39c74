import { expect, test } from 'vitest';
import { freshPage } from './harness/browser.ts';
import { useSite } from './harness/fixture.ts';
import { searchUi } from './harness/selectors.ts';
import { resultDates, resultsSettled, searchFor } from './harness/search.ts';

const { browser, site } = useSite();

test('choosing "newest first" lists the results by date, newest at the top', async () => {
  const { context, page } = await freshPage(browser());
  await page.goto(`${site().url}${searchUi.path}`);
  await searchFor(page, 'model');
  await page.locator(searchUi.sortControl).selectOption(searchUi.sortNewestFirst);
  await resultsSettled(page);

  const dates = await resultDates(page);
  const dated = dates.filter((d) => d !== '');
  // Several distinct dates, so an unsorted list could not pass by accident.
  expect(new Set(dated).size).toBeGreaterThan(1);
  expect(dated).toEqual([...dated].sort().reverse());
  // Undated papers, if shown at all, come after every dated one.
  expect(dates.slice(0, dated.length)).toEqual(dated);
  await context.close();
});
