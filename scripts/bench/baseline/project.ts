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

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const papers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/papers' }),
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

/** Project scaffolding (path relative to the project root → text); node_modules is linked in separately. */
export function baselineScaffold(): Map<string, string> {
  return new Map([
    ['package.json', `${JSON.stringify({ name: 'paper-atlas-bench-baseline', private: true, type: 'module' }, null, 2)}\n`],
    ['astro.config.mjs', ASTRO_CONFIG],
    ['src/content.config.ts', CONTENT_CONFIG],
    ['src/pages/papers/[id].astro', PAGE],
  ]);
}

/** One MDX page per distinct paper: file name → text. Ids follow the pipeline's so both sites have the same URLs. */
export function baselinePages(papers: BaselinePaper[]): Map<string, string> {
  const pages = new Map<string, string>();
  for (const { title, abstract } of papers) {
    // JSON strings are valid YAML double-quoted scalars.
    pages.set(`${paperId(title)}.mdx`, `---\ntitle: ${JSON.stringify(title)}\n---\n\n${escapeForBaselineMdx(abstract)}\n`);
  }
  return pages;
}
