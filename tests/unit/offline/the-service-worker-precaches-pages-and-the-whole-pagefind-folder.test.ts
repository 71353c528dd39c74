import { afterAll, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildServiceWorker } from '../../../src/integrations/offline.ts';

const fixture = path.resolve('tests/fixtures/offline/site');
const papersDir = path.resolve('tests/fixtures/offline/papers');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-sw-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function copyOfSite(name: string): string {
  const dir = path.join(tmp, name);
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

// workbox bundles each sw.js with rollup + babel: seconds per build, more on a loaded machine.
const SW_BUILD_TIMEOUT = 120_000;

const manifestUrls = (sw: string) => [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);

test('sw.js precaches every page, every pagefind file and the offline page, and the build id reaches the worker', async () => {
  const dir = copyOfSite('all');
  const result = await buildServiceWorker(dir, { papersDir });
  const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
  expect(manifestUrls(sw)).toEqual([
    'build-id.json',
    'index.html',
    'offline/index.html',
    'pagefind/fragment/en_1a2b3c4.pf_fragment',
    'pagefind/index/en_5d6e7f8.pf_index',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.js',
    'pagefind/wasm.en.pagefind',
    'papers/newer-paper/index.html',
    'papers/older-paper/index.html',
    'papers/undated-paper/index.html',
    'search/index.html',
    'sw-status.js',
    'tags/vision/index.html',
  ]);
  expect(result.precachedFiles).toBe(14);
  expect(JSON.parse(readFileSync(path.join(dir, 'build-id.json'), 'utf8')).buildId).toBe(result.buildId);
  expect(readFileSync(path.join(dir, 'sw-status.js'), 'utf8')).toContain(JSON.stringify(result.buildId));
  expect(sw).toContain('sw-status.js');
}, SW_BUILD_TIMEOUT);

test('two builds of the same site write byte-identical sw.js and the same build id; a changed page changes both', async () => {
  const first = copyOfSite('first');
  const second = copyOfSite('second');
  const a = await buildServiceWorker(first, { papersDir });
  const b = await buildServiceWorker(second, { papersDir });
  expect(b.buildId).toBe(a.buildId);
  expect(readFileSync(path.join(second, 'sw.js'))).toEqual(readFileSync(path.join(first, 'sw.js')));

  const changed = copyOfSite('changed');
  const page = path.join(changed, 'papers/older-paper/index.html');
  cpSync(path.join(fixture, 'papers/newer-paper/index.html'), page);
  const c = await buildServiceWorker(changed, { papersDir });
  expect(c.buildId).not.toBe(a.buildId);
  expect(readFileSync(path.join(changed, 'sw.js'), 'utf8')).not.toBe(readFileSync(path.join(first, 'sw.js'), 'utf8'));
}, SW_BUILD_TIMEOUT);

test('with precachePapers: 1 only the newest paper page is precached; pagefind stays complete', async () => {
  const dir = copyOfSite('limited');
  const result = await buildServiceWorker(dir, { precachePapers: 1, papersDir });
  const urls = manifestUrls(readFileSync(path.join(dir, 'sw.js'), 'utf8'));
  expect(urls.filter((u) => u!.startsWith('papers/'))).toEqual(['papers/newer-paper/index.html']);
  expect(urls.filter((u) => u!.startsWith('pagefind/'))).toHaveLength(5);
  expect(result.runtimeOnlyPapers).toBe(2);
  expect(result.precachedFiles).toBe(urls.length);
}, SW_BUILD_TIMEOUT);

test("the search page's Pagefind meta-cache-tag placeholder becomes the build id", async () => {
  const dir = copyOfSite('placeholder');
  const { buildId } = await buildServiceWorker(dir, { papersDir });
  const html = readFileSync(path.join(dir, 'search/index.html'), 'utf8');
  expect(html).toContain(`meta-cache-tag="${buildId}"`);
  expect(html).not.toContain('__PAPER_ATLAS_BUILD_ID__');
}, SW_BUILD_TIMEOUT);
