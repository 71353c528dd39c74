import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './scripts/lib/mdx/plugins.ts';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';
import paperBibtex from './src/integrations/paper-bibtex.ts';

// GitHub Pages project sites live under a sub-path; the same build must work at `/` too.
const base = process.env.SITE_BASE || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://paper-atlas.github.io',
  base,
  // SITE_OUT_DIR lets tests and benchmarks build elsewhere than dist/.
  outDir: process.env.SITE_OUT_DIR || './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  experimental: {
    // Paper pages return a cacheKey (a hash of everything they show), so a rebuild copies unchanged pages from
    // node_modules/.astro instead of rendering them again.
    incrementalBuild: true,
    // collectionStorage: 'chunked' is left off: at 10,000 papers it made `astro sync` cost 68.6 s of CPU instead of
    // 8.6 s (scripts/bench/RESULTS.md). Only needed once data-store.json nears V8's 512 MiB string limit.
  },
  vite: {
    build: {
      rollupOptions: {
        // Every compiled MDX module starts with Astro's own "use astro:head-inject" directive and the bundler warns
        // about each one; at 10,000 papers that buries real warnings. It is Astro's marker, not our code.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx({
      // Authored pages (src/pages/*.mdx). Generated paper pages are MDX too, but the paper loader renders them with the
      // same plugins (scripts/lib/mdx/plugins.ts) instead of compiling one Vite module per paper (src/loaders/paper-pages.ts).
      // GFM and smartypants are off: abstracts are data and must show exactly as written (no curly quotes or
      // "--" → em dash, no autolinked "www.x.y").
      processor: unified({ gfm: false, smartypants: false, remarkPlugins, rehypePlugins }),
    }),
    sitemap(),
    // Writes papers/<id>.bib from papers.json; before the service worker, whose build id hashes every output file.
    paperBibtex(),
    // Order matters: the service worker precaches the Pagefind index, so it is generated after it.
    pagefind(),
    offline(),
  ],
});
