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
  vite: {
    build: {
      rollupOptions: {
        // Every compiled MDX module starts with Astro's own "use astro:head-inject" directive, and the bundler warns
        // about each one (hundreds of identical warnings that bury real ones). It is Astro's marker, not our code.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
