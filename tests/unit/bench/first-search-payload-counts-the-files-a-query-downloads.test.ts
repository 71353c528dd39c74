import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureFirstSearch } from '../../../scripts/bench/search-payload.ts';

const site = path.resolve(import.meta.dirname, '../../fixtures/bench/search-site');
let out: string;

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: site });
  await index!.writeFiles({ outputPath: out });
  await pagefind.close();
}, 30_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('measureFirstSearch', () => {
  it('finds the matching page and adds up pagefind.js, the wasm, the index and the hit fragment', async () => {
    const p = await measureFirstSearch(out, 'regret');
    expect(p.results).toBe(1);
    const names = p.files.map((f) => f.file);
    expect(names).toContain('pagefind.js');
    expect(names).toContain('pagefind-entry.json');
    expect(names.some((n) => /^wasm\.\w+\.pagefind$/.test(n))).toBe(true);
    expect(names.some((n) => n.startsWith('index/'))).toBe(true);
    expect(names.filter((n) => n.startsWith('fragment/'))).toHaveLength(1);
    const fragment = p.files.find((f) => f.file.startsWith('fragment/'))!;
    expect(fragment.bytes).toBe(readFileSync(path.join(out, fragment.file)).length);
    expect(p.nodeBytes).toBe(p.files.reduce((s, f) => s + f.bytes, 0));
    expect(p.browserBytes - p.nodeBytes).toBe(statSync(path.join(out, 'pagefind-worker.js')).size);
  });

  it('downloads no fragment for a query without hits', async () => {
    const p = await measureFirstSearch(out, 'zebra');
    expect(p.results).toBe(0);
    expect(p.files.some((f) => f.file.startsWith('fragment/'))).toBe(false);
  });
});
