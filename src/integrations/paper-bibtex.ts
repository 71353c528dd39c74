/**
 * One `.bib` file per paper (`papers/<id>.bib`), written after the build from `papers.json`, the catalogue's export.
 *
 * Why not an Astro endpoint per paper: Astro spends ≈ 2.5 ms of per-route overhead on each of these few-hundred-byte
 * files — 1.0 s of a 10 s seeds build and ≈ 25 s at 10,000 papers (scripts/bench/RESULTS.md). papers.json already
 * holds every field a citation needs, so writing them here costs milliseconds. Listed before Pagefind and the
 * offline integration so the build id covers these files.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { paperToBibtex, type BibPaper } from '../lib/bibtex.ts';
import { absoluteUrl, paperBibPath, paperPath } from '../lib/site-url.ts';

export async function writePaperBibtex(outDir: string, site: string | undefined, base: string): Promise<number> {
  const papers = JSON.parse(await readFile(path.join(outDir, 'papers.json'), 'utf8')) as BibPaper[];
  await mkdir(path.join(outDir, 'papers'), { recursive: true });
  // Bounded batches: 100,000 papers must not open 100,000 files at once.
  for (let i = 0; i < papers.length; i += 256) {
    await Promise.all(
      papers.slice(i, i + 256).map((p) =>
        writeFile(path.join(outDir, paperBibPath(p.id)), paperToBibtex(p, { url: absoluteUrl(site, base, paperPath(p.id)) })),
      ),
    );
  }
  return papers.length;
}

export default function paperBibtex(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'paper-atlas:bibtex',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const n = await writePaperBibtex(fileURLToPath(dir), site, base);
        logger.info(`wrote ${n} papers/<id>.bib files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
