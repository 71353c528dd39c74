import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  integrations: [
    mdx({
      // GFM and smartypants are off: abstracts are data and must show exactly as written (no curly quotes, no
      // autolinked "www.x.y"); the MDX writer only emits paragraphs, math and explicit links.
      processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }),
    }),
  ],
});
