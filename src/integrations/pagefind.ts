/**
 * Builds the Pagefind index after Astro has written the site, through Pagefind's Node API (no CLI, no extra
 * process spawning from a shell). Only elements marked `data-pagefind-body` are indexed: the paper articles.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

declare global {
  // eslint-disable-next-line no-var
  var __paperAtlasStats: Record<string, number> | undefined;
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'paper-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const outputPath = path.join(site, 'pagefind');
        try {
          logger.info('creating index');
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`pagefind indexing failed: ${added.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`pagefind could not write: ${written.errors.join('; ')}`);
          const ms = Math.round(performance.now() - started);
          (globalThis.__paperAtlasStats ??= {})['pagefind'] = ms;
          logger.info(`wrote ${path.relative(process.cwd(), outputPath) || outputPath} in ${ms} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
