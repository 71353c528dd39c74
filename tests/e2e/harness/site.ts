/** Facts about the built site under test, read from dist/ so tests never hard-code catalogue content. */
import { cpSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { offlineUi, sitePaths } from './selectors.ts';

export function pageDirs(dist: string, family: string): string[] {
  const dir = path.join(dist, family);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

const decode = (s: string) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of a built page's first h1. */
export function headingOf(file: string): string {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(readFileSync(file, 'utf8'));
  if (!h1) throw new Error(`no <h1> in ${file}`);
  return decode(h1[1]!);
}

/** The visible title of a paper page. */
export function paperTitle(dist: string, id: string): string {
  return headingOf(path.join(dist, sitePaths.papers, id, 'index.html'));
}

export function buildId(dist: string): string {
  return JSON.parse(readFileSync(path.join(dist, sitePaths.buildId), 'utf8')).buildId;
}

/**
 * A redeploy: a copy of `dist` where one paper's title text is replaced everywhere in its page, plus a new build id
 * (the real integration derives it from the content, so changed content always means a changed id and sw.js).
 */
export function redeployWithRetitledPaper(dist: string, into: string, id: string, newTitle: string): void {
  cpSync(dist, into, { recursive: true });
  const pageFile = path.join(into, sitePaths.papers, id, 'index.html');
  const old = readFileSync(pageFile, 'utf8');
  const h1 = /(<h1\b[^>]*>)([\s\S]*?)(<\/h1>)/i.exec(old)!;
  writeFileSync(pageFile, old.replace(h1[0], `${h1[1]}${newTitle}${h1[3]}`));
  const idFile = path.join(into, sitePaths.buildId);
  const newId = `${buildId(dist)}-redeploy`;
  writeFileSync(idFile, `${JSON.stringify({ buildId: newId })}\n`);
  // sw.js changes with every real redeploy (new revisions); mirror that for the page and the build id.
  for (const f of ['sw.js', 'sw-status.js']) {
    const file = path.join(into, f);
    writeFileSync(file, readFileSync(file, 'utf8').split(buildId(dist)).join(newId));
  }
  const sw = path.join(into, 'sw.js');
  const swText = readFileSync(sw, 'utf8');
  const entry = new RegExp(`("url":"${sitePaths.papers}/${id}/index.html","revision":")([0-9a-f]+)(")`);
  if (!entry.test(swText)) throw new Error(`papers/${id}/index.html is not in the sw.js precache manifest`);
  writeFileSync(sw, swText.replace(entry, (_, a, rev: string, c) => `${a}${rev.split('').reverse().join('')}${c}`));
}

/** Waits until the page's service worker reports the whole precache installed; returns the build id it reports. */
export async function waitUntilAvailableOffline(page: Page, buildIdWanted?: string, timeout = 60_000): Promise<string> {
  await page.waitForFunction(
    ({ sel, want }) => {
      const box = document.querySelector<HTMLElement>(sel.status);
      const ready = document.querySelector<HTMLElement>(sel.ready);
      return !!box && !box.hidden && !!ready && !ready.hidden && (!want || box.dataset.buildId === want);
    },
    { sel: offlineUi, want: buildIdWanted },
    { timeout },
  );
  return page.$eval(offlineUi.status, (el) => (el as HTMLElement).dataset.buildId ?? '');
}

/** Every built page of one tag: its first page and the numbered ones after it (`page/2/`, …). */
function tagPageFiles(dist: string, tagId: string): string[] {
  const dir = path.join(dist, sitePaths.tags, tagId);
  const more = pageDirs(path.join(dir), 'page').sort((a, b) => Number(a) - Number(b));
  return [path.join(dir, 'index.html'), ...more.map((n) => path.join(dir, 'page', n, 'index.html'))];
}

/** The tag id whose page is titled `label`, or undefined. */
export function tagIdByLabel(dist: string, label: string): string | undefined {
  return pageDirs(dist, sitePaths.tags).find((t) => headingOf(path.join(dist, sitePaths.tags, t, 'index.html')) === label);
}

/** The tag's label (its page's heading). */
export function tagLabel(dist: string, tagId: string): string {
  return headingOf(path.join(dist, sitePaths.tags, tagId, 'index.html'));
}

/** Paper ids listed across all pages of a tag: the catalogue's own answer to "which papers carry this tag". */
export function papersTagged(dist: string, tagId: string): Set<string> {
  const ids = new Set<string>();
  for (const file of tagPageFiles(dist, tagId)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(new RegExp(`href="[^"]*/${sitePaths.papers}/([^/"#?]+)/"`, 'g'))) ids.add(m[1]!);
  }
  return ids;
}

/** The first paper (by id) whose page typesets math, so pages with KaTeX output are what the checks look at. */
export function paperWithMath(dist: string): string {
  const id = pageDirs(dist, sitePaths.papers).find((p) =>
    readFileSync(path.join(dist, sitePaths.papers, p, 'index.html'), 'utf8').includes('class="katex"'),
  );
  if (!id) throw new Error('no paper page in this build typesets math');
  return id;
}
