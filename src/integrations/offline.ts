/**
 * Offline support: after the Pagefind index exists (this integration is listed after Pagefind's, and Astro runs
 * `astro:build:done` hooks in integration order), generate a workbox service worker that precaches the app shell,
 * the paper and tag pages and the whole `pagefind/` folder, so index and fragments always switch together.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { getManifest } from 'workbox-build';
import { readTextFiles } from '../../scripts/lib/io.ts';
import {
  BUILD_ID_FILE,
  BUILD_ID_PLACEHOLDER,
  HASHED_FILE_NAMES,
  IGNORED_URL_PARAMETERS,
  OFFLINE_PAGE,
  SW_FILE,
  SW_STATUS_FILE,
  buildIdOf,
  isOwnOutput,
  papersLeftToRuntime,
  swStatusScript,
  type BuiltFile,
  type PaperPage,
} from './offline-plan.ts';

/** See OfflineOptions.precachePapers for the measurements behind it. */
export const DEFAULT_PRECACHE_PAPERS = 1000;

export interface OfflineOptions {
  /**
   * How many paper pages to precache, newest first; older ones are cached when first visited. The whole pagefind/
   * folder and every tag page are always precached, so search works fully offline. Default 1000, from measurements
   * of the real site: seeds (408 papers) 930 files / 6.9 MB, all precached. 10,000 papers, all precached: 20,308
   * files / 137 MB (paper pages 93 MB at ~9.3 KB each, tag pages 30 MB, pagefind 15 MB), sw.js 2 MB — far too much
   * for a first visit. Newest 500: 10,808 files / 52 MB; 2000: 12,308 / 66 MB. 1000 keeps the paper pages' share
   * near 9 MB; the rest is tag pages and the index, which pagination and Pagefind's maxFragments would shrink.
   */
  precachePapers?: number | 'all';
  /** Where the generated paper MDX lives (read for the papers' dates); default `$CATALOG_PAPERS_DIR` or `content/papers`. */
  papersDir?: string;
}

export interface OfflineBuildResult {
  buildId: string;
  precachedFiles: number;
  precachedBytes: number;
  runtimeOnlyPapers: number;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Every output file with its digest, and the HTML files that carry the build id placeholder. */
async function listBuiltFiles(outDir: string): Promise<{ files: BuiltFile[]; withPlaceholder: string[] }> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const names = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const files: BuiltFile[] = [];
  const withPlaceholder: string[] = [];
  // Bounded batches: 100k pages must not open 100k files at once.
  for (let i = 0; i < names.length; i += 256) {
    const batch = names.slice(i, i + 256);
    const read = await Promise.all(batch.map((f) => readFile(f)));
    batch.forEach((f, j) => {
      files.push({ path: toPosix(path.relative(outDir, f)), digest: createHash('sha1').update(read[j]!).digest('hex') });
      if (f.endsWith('.html') && read[j]!.includes(BUILD_ID_PLACEHOLDER)) withPlaceholder.push(f);
    });
  }
  return { files, withPlaceholder };
}

async function paperPages(papersDir: string): Promise<PaperPage[]> {
  const files = await readTextFiles(papersDir, '.mdx');
  return files.map((f) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(f.text)?.[1] ?? '';
    const date = /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(front)?.[1];
    return { path: `papers/${path.basename(f.path, '.mdx')}/index.html`, date };
  });
}

/** Writes build-id.json, sw-status.js and sw.js into `outDir`. Exposed for tests and measurements. */
export async function buildServiceWorker(outDir: string, options: OfflineOptions = {}): Promise<OfflineBuildResult> {
  const built = await listBuiltFiles(outDir);
  const buildId = buildIdOf(built.files);
  for (const file of built.withPlaceholder) {
    await writeFile(file, (await readFile(file, 'utf8')).split(BUILD_ID_PLACEHOLDER).join(buildId));
  }
  const limit = options.precachePapers ?? DEFAULT_PRECACHE_PAPERS;
  const runtimeOnly = limit === 'all' ? [] : papersLeftToRuntime(await paperPages(options.papersDir ?? 'content/papers'), limit);

  const leftOut = new Set(runtimeOnly);
  await writeFile(path.join(outDir, BUILD_ID_FILE), `${JSON.stringify({ buildId })}\n`);
  await writeFile(path.join(outDir, SW_STATUS_FILE), swStatusScript(buildId));

  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: outDir,
    // What browsing and searching need. Not data exports (papers.json, feeds: big at 10k papers, fetched by tools,
    // not by pages) nor KaTeX's .woff/.ttf fallbacks (every browser with service workers takes the .woff2).
    // `pagefind/**` has .pf_* and .pagefind files no extension list would catch.
    globPatterns: ['**/*.{html,js,css,svg,png,jpg,webp,ico,woff2,webmanifest}', BUILD_ID_FILE, 'pagefind/**/*'],
    globIgnores: [SW_FILE, `${SW_FILE}.map`, 'workbox-*.js', 'workbox-*.js.map', 'pagefind/playground/**'],
    dontCacheBustURLsMatching: HASHED_FILE_NAMES,
    // Pagefind's wasm and a large catalogue's index chunks can exceed workbox's 2 MB default.
    maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
    manifestTransforms: [
      // Older papers are dropped here with a Set rather than as thousands of globIgnores, which glob would test
      // against every file (quadratic on a big catalogue). Sorted because glob's order follows the file system
      // and sw.js must be byte-identical on every machine.
      async (entries) => ({
        manifest: entries.filter((e) => !leftOut.has(e.url)).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
        warnings: [],
      }),
    ],
  });
  const worker = await bundleWorker();
  const parts = worker.split('self.__WB_MANIFEST');
  if (parts.length !== 2) throw new Error(`[offline] expected one self.__WB_MANIFEST in the bundled worker, found ${parts.length - 1}`);
  await writeFile(path.join(outDir, SW_FILE), parts.join(JSON.stringify(manifestEntries)));
  for (const w of warnings) console.warn(`[offline] ${w}`);
  return { buildId, precachedFiles: count, precachedBytes: size, runtimeOnlyPapers: runtimeOnly.length };
}

const WORKER_SOURCE = fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url));

/**
 * src/offline/service-worker.ts with workbox's production modules, minified. Rolldown (Vite's bundler, already
 * loaded) does this in ~0.1 s; workbox-build's generateSW took ~2 s per build for the same (rollup + babel + terser).
 */
async function bundleWorker(): Promise<string> {
  const bundle = await rolldown({
    input: WORKER_SOURCE,
    platform: 'browser',
    logLevel: 'warn',
    transform: {
      define: {
        'process.env.NODE_ENV': '"production"',
        __SW_STATUS_FILE__: JSON.stringify(SW_STATUS_FILE),
        __OFFLINE_PAGE__: JSON.stringify(OFFLINE_PAGE),
        __CACHE_ID__: JSON.stringify('paper-atlas'),
        __PAGES_CACHE__: JSON.stringify('paper-atlas-pages'),
        __IGNORED_URL_PARAMETERS__: `[${IGNORED_URL_PARAMETERS.map(String).join(', ')}]`,
      },
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

export default function offline(options: OfflineOptions = {}): AstroIntegration {
  let papersDir = options.papersDir;
  return {
    name: 'paper-atlas:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Same setting the content collection reads, so tests and benchmarks that build elsewhere stay consistent.
        papersDir ??= path.resolve(fileURLToPath(config.root), process.env.CATALOG_PAPERS_DIR || 'content/papers');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        if (!existsSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'))) {
          logger.warn("no pagefind/ index in the output; list the offline integration after Pagefind's");
        }
        if (!existsSync(path.join(outDir, OFFLINE_PAGE))) logger.warn(`no ${OFFLINE_PAGE}; uncached pages will show the browser's error`);
        const r = await buildServiceWorker(outDir, { ...options, papersDir });
        const ms = Math.round(performance.now() - started);
        ((globalThis as { __paperAtlasStats?: Record<string, number> }).__paperAtlasStats ??= {})['service-worker'] = ms;
        logger.info(
          `sw.js: build ${r.buildId}, precache ${r.precachedFiles} files / ${(r.precachedBytes / 1e6).toFixed(2)} MB` +
            (r.runtimeOnlyPapers ? `, ${r.runtimeOnlyPapers} older papers cached on visit` : '') +
            ` in ${ms} ms`,
        );
      },
    },
  };
}
