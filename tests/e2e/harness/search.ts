/** Driving the search page like a user does, through the selectors in selectors.ts only. */
import type { Page } from 'playwright-core';
import { searchUi } from './selectors.ts';

export async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator(searchUi.input).fill(query);
  await resultsSettled(page);
}

/** Waits until the result list reflects the current input (message present, no search in flight). */
export async function resultsSettled(page: Page): Promise<void> {
  await page.locator(searchUi.message).first().waitFor({ timeout: 20_000 });
  // The UI debounces input and loads the index lazily: wait for a finished message, no search in flight, and the
  // message and result list unchanged across two looks.
  let last = '';
  for (let i = 0; i < 80; i++) {
    const message = await page.locator(searchUi.message).first().innerText();
    const busy = (await page.locator(searchUi.busy).count()) > 0;
    const now = `${message}|${(await resultPaths(page)).join(',')}`;
    if (!busy && searchUi.messageDone.test(message) && now === last) return;
    last = now;
    await page.waitForTimeout(250);
  }
  throw new Error(`search results did not settle; last state: ${last.slice(0, 200)}`);
}

export async function resultPaths(page: Page): Promise<string[]> {
  return page.locator(searchUi.resultLink).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}

/** The total in the "N results for …" line. */
export async function resultTotal(page: Page): Promise<number> {
  const text = await page.locator(searchUi.message).first().innerText();
  const n = /(\d[\d,]*)/.exec(text);
  return n ? Number(n[1]!.replace(/,/g, '')) : 0;
}

/** The date shown on each result, as its ISO `datetime` ('' when the paper is undated), in result order. */
export async function resultDates(page: Page): Promise<string[]> {
  return page
    .locator(searchUi.result)
    .evaluateAll((items, sel) => items.map((li) => li.querySelector(sel)?.getAttribute('datetime') ?? ''), searchUi.resultDate);
}

/** Opens a filter's group if the UI rendered it closed. */
export async function openFilter(page: Page, filter: string): Promise<void> {
  const group = page.locator(searchUi.filterGroup(filter)).first();
  await group.waitFor();
  if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
}

/** Visible values of a filter with the number of current results carrying each. */
export async function filterValues(page: Page, filter: string): Promise<{ value: string; count: number }[]> {
  return page.locator(searchUi.filterCheckboxes(filter)).evaluateAll(
    (inputs, countSel) =>
      inputs
        .filter((i) => !i.closest('[data-pf-hidden]'))
        .map((i) => ({
          value: (i as HTMLInputElement).value,
          count: Number((i.closest('label') ?? i.parentElement)?.querySelector(countSel)?.textContent?.replace(/\D/g, '') ?? 0),
        })),
    searchUi.filterCount,
  );
}

/** Ticks one filter value the way a user does: by its label. */
export async function tickFilter(page: Page, filter: string, value: string): Promise<void> {
  const input = page.locator(`${searchUi.filterCheckboxes(filter)}[value="${value.replace(/"/g, '\\"')}"]`);
  const id = await input.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

/** Paper ids of the results whose links point at the site's own paper pages (under the base path). */
export async function resultPaperIds(page: Page, siteUrl: string, papersDir: string): Promise<string[]> {
  const prefix = `${new URL(siteUrl).pathname}${papersDir}/`;
  return (await resultPaths(page)).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).replace(/\/$/, ''));
}

/** Unticks a ticked filter value by its label (a click toggles it). */
export async function untickFilter(page: Page, filter: string, value: string): Promise<void> {
  await tickFilter(page, filter, value);
}

/** The ticked values of one filter. */
export async function filterTicked(page: Page, filter: string): Promise<string[]> {
  return page
    .locator(searchUi.filterCheckboxes(filter))
    .evaluateAll((inputs) => inputs.filter((i) => (i as HTMLInputElement).checked).map((i) => (i as HTMLInputElement).value));
}
