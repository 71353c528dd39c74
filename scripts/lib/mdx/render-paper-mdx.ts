/**
 * Generated paper page (MDX) → HTML of its body, for the content loader. The tree comes from the same parse the safety
 * check uses (MDX + math, GFM and smartypants off), and a page with any node outside the allowlist is refused instead
 * of rendered: nothing in a paper file is ever compiled to JavaScript or run.
 */
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Problem } from '../report.ts';
import { parsePaperMdx } from './check-mdx-ast.ts';
import { rehypePlugins } from './plugins.ts';

const toHtml = unified().use(remarkRehype).use(rehypePlugins).use(rehypeStringify);

export type RenderedBody = { html: string; problems: [] } | { html?: undefined; problems: Problem[] };

export function renderPaperMdx(mdx: string, file: string): RenderedBody {
  const { tree, problems } = parsePaperMdx(mdx, file);
  if (!tree || problems.length > 0) return { problems: problems.length > 0 ? problems : [{ file, line: 1, col: 1, message: 'MDX does not parse' }] };
  // remark-rehype and rehype-katex are synchronous; runSync keeps the loader's per-file cost predictable.
  const hast = toHtml.runSync(tree as Parameters<typeof toHtml.runSync>[0]);
  return { html: toHtml.stringify(hast), problems: [] };
}
