/**
 * The bare baseline site: the same abstracts as plain MDX pages in a minimal Astro 7 + MDX + remark-math/rehype-katex
 * project, indexed by Pagefind. It is what "our time ÷ baseline time" divides by, so it must stay bare: no layout,
 * no enrichment, default Astro settings.
 */
import { paperId } from '../../lib/records/ids.ts';

export interface BaselinePaper {
  title: string;
  abstract: string;
}

/**
 * Just enough escaping for untrusted text to compile as MDX: braces would start expressions and `<` JSX. Everything
 * else (stripped-LaTeX math, dollars, underscores) stays as in the source, like a hand-written page would.
 */
export function escapeForBaselineMdx(text: string): string {
  const escaped = text.replace(/[{}<]/g, (c) => `\\${c}`);
  // A paragraph starting with import/export would be parsed as an ES module statement.
  return /^(import|export)\b/.test(escaped) ? `\\${escaped}` : escaped;
}

export type BaselineFormat = 'mdx' | 'md';

const ASTRO_CONFIG_MD = `import { defineConfig } from 'astro/config';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  cacheDir: './.bench-cache/astro',
  vite: { cacheDir: './.bench-cache/vite' },
  markdown: { remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] },
});
`;

const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  // node_modules is a symlink to the main project's, so caches must not land in it.
  cacheDir: './.bench-cache/astro',
  vite: { cacheDir: './.bench-cache/vite' },
  integrations: [mdx({ processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) })],
});
`;

const contentConfig = (format: BaselineFormat) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const papers = defineCollection({
  loader: glob({ pattern: '*.${format}', base: './content/papers' }),
  schema: z.object({ title: z.string() }),
});
export const collections = { papers };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const papers = await getCollection('papers');
  return papers.map((paper) => ({ params: { id: paper.id }, props: { paper } }));
}
const { paper } = Astro.props;
const { Content } = await render(paper);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{paper.data.title}</title></head>
  <body><main data-pagefind-body><h1>{paper.data.title}</h1><Content /></main></body>
</html>
`;

/**
 * Project scaffolding (path relative to the project root → text); node_modules is linked in separately. `md` builds
 * the same pages as plain Markdown, to show what MDX itself costs.
 */
export function baselineScaffold(format: BaselineFormat = 'mdx'): Map<string, string> {
  return new Map([
    ['package.json', `${JSON.stringify({ name: 'paper-atlas-bench-baseline', private: true, type: 'module' }, null, 2)}\n`],
    ['astro.config.mjs', format === 'mdx' ? ASTRO_CONFIG : ASTRO_CONFIG_MD],
    ['src/content.config.ts', contentConfig(format)],
    ['src/pages/papers/[id].astro', PAGE],
  ]);
}

/** One MDX page per distinct paper: file name → text. Ids follow the pipeline's so both sites have the same URLs. */
export function baselinePages(papers: BaselinePaper[], format: BaselineFormat = 'mdx'): Map<string, string> {
  const pages = new Map<string, string>();
  for (const { title, abstract } of papers) {
    // JSON strings are valid YAML double-quoted scalars.
    pages.set(`${paperId(title)}.${format}`, `---\ntitle: ${JSON.stringify(title)}\n---\n\n${escapeForBaselineMdx(abstract)}\n`);
  }
  return pages;
}
