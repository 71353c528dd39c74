/**
 * All file-system access of the content pipeline lives here; every other module is a pure function.
 * Writes are atomic (temp file + rename) so an interrupted build never leaves a half-written page.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ListingFile } from './types.ts';

/**
 * `fn` over `items` with at most `batch` calls in flight, results in input order. Reading 100,000 pages with one
 * Promise.all opened every file at once and failed with EMFILE at the end of a 100k build.
 */
export async function mapInBatches<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, batch = 256): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += batch) out.push(...(await Promise.all(items.slice(i, i + batch).map(fn))));
  return out;
}

export async function readListings(dir: string): Promise<ListingFile[]> {
  if (!existsSync(dir)) throw new Error(`sources folder not found: ${dir}`);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`no .txt listing files in ${dir}`);
  return mapInBatches(names, async (name) => ({ name, text: await readFile(path.join(dir, name), 'utf8') }));
}

export async function readTextIfExists(file: string): Promise<string | undefined> {
  return existsSync(file) ? readFile(file, 'utf8') : undefined;
}

export async function readTextFiles(dir: string, ext: string): Promise<{ path: string; text: string }[]> {
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => n.endsWith(ext)).sort();
  return mapInBatches(names, async (n) => ({ path: path.join(dir, n), text: await readFile(path.join(dir, n), 'utf8') }));
}

export async function writeTextAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

const digest = (s: string) => createHash('sha1').update(s).digest('hex');

export interface SyncResult {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * Make `dir` hold exactly `files` (name → content). Unchanged files are not rewritten, so Astro's content cache
 * and file mtimes survive a rebuild where one paper changed; files no longer produced are removed.
 */
export async function syncDirectory(dir: string, files: Map<string, string>): Promise<SyncResult> {
  await mkdir(dir, { recursive: true });
  const existing = new Set((await readdir(dir)).filter((n) => !n.startsWith('.')));
  const result: SyncResult = { written: 0, unchanged: 0, removed: 0 };
  const pending: Promise<void>[] = [];
  for (const [name, text] of files) {
    existing.delete(name);
    pending.push(
      (async () => {
        const target = path.join(dir, name);
        const old = await readFile(target, 'utf8').catch(() => undefined);
        if (old !== undefined && digest(old) === digest(text)) {
          result.unchanged++;
          return;
        }
        await writeTextAtomic(target, text);
        result.written++;
      })(),
    );
    // Bound the number of open files on large catalogues.
    if (pending.length >= 64) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  for (const stale of existing) {
    await rm(path.join(dir, stale), { force: true });
    result.removed++;
  }
  return result;
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted (for checking a built site). */
export async function listFilesRecursive(dir: string): Promise<string[]> {
  if (!existsSync(dir)) throw new Error(`folder not found: ${dir}`);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

export async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8');
}
