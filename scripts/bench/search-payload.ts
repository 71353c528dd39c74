/**
 * First-search payload: the bytes a visitor downloads to see the first page of results for a query. Measured by
 * running the site's own dist/pagefind/pagefind.js in Node with `fetch` answered from disk and every response
 * recorded, then loading the fragments of the first `shown` results (what a results list displays).
 *
 * In Node Pagefind runs on the main thread; a browser additionally downloads pagefind-worker.js and runs the same
 * requests inside the worker, so that file is added to the browser total. Sizes are bytes as stored (the .pf_* and
 * wasm files are already gzip-compressed; pagefind.js and the worker would shrink further under HTTP compression).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface SearchPayload {
  query: string;
  results: number;
  /** Every file fetched, relative to dist/pagefind, with its size. */
  files: { file: string; bytes: number }[];
  /** pagefind.js + everything it fetched (Node, main-thread mode). */
  nodeBytes: number;
  /** nodeBytes + pagefind-worker.js, which a browser with Worker support also fetches. */
  browserBytes: number;
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
  destroy?(): Promise<void>;
}

let instances = 0;

/** Measure the first-search payload of the Pagefind bundle in `pagefindDir` (e.g. dist/pagefind). */
export async function measureFirstSearch(pagefindDir: string, query: string, shown = 10): Promise<SearchPayload> {
  const root = path.resolve(pagefindDir);
  const files: { file: string; bytes: number }[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const local = url.startsWith('file:') ? fileURLToPath(url.split('?')[0]) : path.join(root, new URL(url, 'http://x/').pathname);
    const body = readFileSync(local);
    files.push({ file: path.relative(root, local), bytes: body.length });
    const type = local.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return new Response(body, { headers: { 'content-type': type } });
  }) as typeof fetch;
  try {
    // A query string gives each measurement a fresh module instance (Pagefind keeps its state in module scope).
    const entry = `${pathToFileURL(path.join(root, 'pagefind.js')).href}?measure=${encodeURIComponent(query)}-${++instances}`;
    const pagefind = (await import(entry)) as PagefindModule;
    await pagefind.options({ basePath: `${pathToFileURL(root).href}/` });
    await pagefind.init();
    const search = await pagefind.search(query);
    await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
    await pagefind.destroy?.();
    const script = statSync(path.join(root, 'pagefind.js')).size;
    const fetched = files.reduce((sum, f) => sum + f.bytes, 0);
    const worker = statSync(path.join(root, 'pagefind-worker.js'), { throwIfNoEntry: false })?.size ?? 0;
    files.sort((a, b) => a.file.localeCompare(b.file));
    return {
      query,
      results: search.results.length,
      files: [{ file: 'pagefind.js', bytes: script }, ...files],
      nodeBytes: script + fetched,
      browserBytes: script + fetched + worker,
    };
  } finally {
    globalThis.fetch = realFetch;
  }
}
