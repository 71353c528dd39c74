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
  // The UI debounces input; wait until the message and result list stop changing.
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = `${await page.locator(searchUi.message).first().innerText()}|${(await resultPaths(page)).join(',')}`;
    if (now === last) return;
    last = now;
    await page.waitForTimeout(250);
  }
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

/** The value of a Pagefind meta field shown on each result, in result order. */
export async function resultMeta(page: Page, name: string): Promise<string[]> {
  return page.locator(searchUi.result).evaluateAll(
    (items, n) =>
      items.map((li) => {
        const tag = li.querySelector(`[data-pagefind-ui-meta="${n}"]`)?.textContent ?? '';
        return /\d{4}-\d{2}-\d{2}/.exec(tag)?.[0] ?? '';
      }),
    name,
  );
}

export async function openFilter(page: Page, filter: string): Promise<void> {
  const block = page.locator(searchUi.filterBlock(filter)).first();
  if (!(await block.evaluate((d) => (d as HTMLDetailsElement).open))) await block.locator('summary').click();
}

/** Paper ids of the results whose links point at the site's own paper pages (under the base path). */
export async function resultPaperIds(page: Page, siteUrl: string, papersDir: string): Promise<string[]> {
  const prefix = `${new URL(siteUrl).pathname}${papersDir}/`;
  return (await resultPaths(page)).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).replace(/\/$/, ''));
}
