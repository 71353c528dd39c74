/**
 * Content loader for the generated paper pages (`<id>.mdx`): frontmatter → validated data, body → HTML, stored once
 * per content digest in Astro's data store.
 *
 * Why not `glob()`: Astro defers every `.mdx` entry to its own Vite module, so a catalogue of N papers compiles,
 * bundles and loads N JavaScript modules. At 10,000 papers that held ≈ 4.8 GiB in one process
 * (scripts/bench/RESULTS.md). The bodies we generate are plain text, math and links (the writer guarantees it and
 * `parsePaperMdx` re-checks it), so rendering them to HTML here gives the same page with no module per paper, and a
 * rebuild re-renders only files whose bytes changed.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { load as parseYaml } from 'js-yaml';
import { renderPaperMdx } from '../../scripts/lib/mdx/render-paper-mdx.ts';
import { formatProblem } from '../../scripts/lib/report.ts';

/** Astro's frontmatter block: `---` lines around YAML at the very start of the file. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export function paperPages(options: { base: string }): Loader {
  return {
    name: 'paper-pages',
    load: async (context) => {
      const dir = path.resolve(fileURLToPath(context.config.root), options.base);
      const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
      if (names.length === 0) context.logger.warn(`no paper pages (*.mdx) in ${dir}; run \`npm run ingest\` first`);
      const seen = new Set<string>();
      for (const name of names) seen.add(await syncFile(context, dir, name));
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);

      // `astro dev`: re-render a page when `npm run ingest` rewrites it.
      context.watcher?.add(dir);
      const onChange = async (file: string) => {
        if (path.dirname(file) === dir && file.endsWith('.mdx')) await syncFile(context, dir, path.basename(file));
      };
      context.watcher?.on('change', onChange);
      context.watcher?.on('add', onChange);
      context.watcher?.on('unlink', (file) => {
        if (path.dirname(file) === dir && file.endsWith('.mdx')) context.store.delete(path.basename(file, '.mdx'));
      });
    },
  };
}

/** Bring one page into the store (skipped when its bytes are unchanged); returns its id. */
async function syncFile(context: LoaderContext, dir: string, name: string): Promise<string> {
  const id = name.slice(0, -'.mdx'.length);
  const file = path.join(dir, name);
  // Sync reads: nothing else runs during content sync, and 10,000 awaited reads cost seconds of idle time.
  const text = readFileSync(file, 'utf8');
  const digest = context.generateDigest(text);
  if (context.store.get(id)?.digest === digest) return id;

  const filePath = path.relative(fileURLToPath(context.config.root), file);
  const frontmatter = FRONTMATTER.exec(text);
  if (!frontmatter) throw new Error(`${filePath}:1:1 generated paper page has no frontmatter`);
  // js-yaml is the reader Astro's own glob() loader uses (tests pin that it reads our frontmatter as the record), and
  // ~10× faster than `yaml` on it.
  const data = await context.parseData({ id, data: (parseYaml(frontmatter[1] ?? '') ?? {}) as Record<string, unknown>, filePath });
  const body = renderPaperMdx(text, filePath);
  if (body.html === undefined) throw new Error(body.problems.map(formatProblem).join('\n'));
  context.store.set({ id, data, filePath, digest, rendered: { html: body.html } });
  return id;
}
