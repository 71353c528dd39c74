import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  // One setting each: SITE_BASE=/atlas/ builds for a GitHub Pages project site; SITE_URL feeds canonical/feed/sitemap URLs.
  site: process.env.SITE_URL ?? 'https://paper-atlas.github.io',
  base: process.env.SITE_BASE ?? '/',
  integrations: [
    mdx({ processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) }),
    sitemap(),
  ],
});
