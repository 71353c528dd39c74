/**
 * The one list of remark/rehype plugins for MDX. astro.config.mjs gives it to @astrojs/mdx (authored `.mdx` pages),
 * and the paper loader (src/loaders/paper-pages.ts) renders generated paper pages with it, so both kinds of page
 * read math the same way. GFM and smartypants stay off in both: abstracts are data and must show exactly as written.
 */
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';

export const remarkPlugins = [remarkMath];
export const rehypePlugins = [rehypeKatex];
