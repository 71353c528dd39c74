import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import pagefind from './src/integrations/pagefind.ts';

// GitHub Pages project sites live under a sub-path; the same build must work at `/` too.
const base = process.env.SITE_BASE || '/';

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  vite: {
    build: {
      rollupOptions: {
        // Every MDX page triggers this harmless Astro/rolldown notice; at 10,000 papers it would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx({ processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) }),
    pagefind(),
  ],
});
