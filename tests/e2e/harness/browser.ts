/** Debian's chromium driven by playwright-core (no bundled browser download). */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

/** How the page is shown: the reader's OS colour scheme and the window width (390 px is a common phone). */
export interface Look {
  theme?: 'light' | 'dark';
  width?: number;
  height?: number;
}

export const PHONE_WIDTH = 390;

/**
 * A fresh profile per test: no service worker or cache leaks from one scenario into another. `serviceWorkers:
 * 'block'` shows what a browser without the offline layer (or its first request) gets from the network.
 */
export async function freshPage(
  browser: Browser,
  serviceWorkers: 'allow' | 'block' = 'allow',
  look: Look = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    serviceWorkers,
    colorScheme: look.theme ?? 'light',
    viewport: look.width ? { width: look.width, height: look.height ?? 844 } : { width: 1280, height: 800 },
    ...(look.width && look.width < 600 ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  return { context, page };
}

let axeSource: string | undefined;

/** Runs axe-core inside the page (injected from node_modules, no CDN) and returns its violations. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; help: string; targets: string[] }[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: any[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: any) => String(n.target)) }));
  });
}
