import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RefSource } from '../../../scripts/lib/site-check/check-links.ts';
import { cssUrls } from '../../../scripts/lib/site-check/scan-css.ts';
import { locator } from '../../../scripts/lib/site-check/positions.ts';
import { scanHtml, type PageScan } from '../../../scripts/lib/site-check/scan-html.ts';

export const fixtureDir = (...parts: string[]) => path.resolve(import.meta.dirname, '../../fixtures/publish', ...parts);
export const readFixture = (...parts: string[]) => readFileSync(fixtureDir(...parts), 'utf8');

/** A fixture dist folder as the link check sees it: every file, each page's scan, and all reference sources. */
export function loadDist(...parts: string[]) {
  const dir = fixtureDir(...parts);
  const list = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  const pages = new Map<string, PageScan>();
  const sources: RefSource[] = [];
  for (const f of list) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    if (f.endsWith('.html')) {
      const scan = scanHtml(text);
      pages.set(f, scan);
      sources.push({ file: f, refs: scan.refs });
    } else if (f.endsWith('.css')) {
      const at = locator(text);
      sources.push({ file: f, refs: cssUrls(text).map((r) => ({ url: r.url, via: 'css url()', ...at(r.offset) })) });
    }
  }
  return { files: new Set(list), pages, sources };
}
