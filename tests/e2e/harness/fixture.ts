/** Per-file browser + server lifecycle shared by the browser tests. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { distDir, serveSite, type StaticSite } from './server.ts';

export function useSite(): { browser: () => Browser; site: () => StaticSite; dist: string } {
  const dist = distDir();
  let browser: Browser | undefined;
  let site: StaticSite | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    site = await serveSite(dist);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  return { browser: () => browser!, site: () => site!, dist };
}
