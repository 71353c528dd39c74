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
  integrations: [
    mdx({ processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) }),
    pagefind(),
  ],
});
