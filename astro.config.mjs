import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  integrations: [
    mdx({ processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) }),
  ],
});
