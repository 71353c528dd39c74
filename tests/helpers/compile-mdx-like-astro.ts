/**
 * Compiles a generated page with the real MDX compiler (@mdx-js/mdx, which Astro's unified processor uses) and the
 * same remark/rehype plugins as astro.config.mjs (GFM and smartypants off), runs the module, and returns the element
 * tree it renders: the reference the content loader's HTML is compared against.
 */
import { evaluate, nodeTypes } from '@mdx-js/mdx';
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import remarkMath from 'remark-math';

export interface El {
  tag: string;
  className?: string;
  children: unknown[];
}

/** A JSX runtime that builds a plain tree, so a test sees exactly what the page module renders. */
const runtime = {
  Fragment: Symbol('Fragment'),
  jsx: (type: unknown, props: { children?: unknown; className?: string }) => {
    if (typeof type === 'function') return type(props);
    const kids = props.children === undefined ? [] : Array.isArray(props.children) ? props.children : [props.children];
    const el: El = { tag: typeof type === 'string' ? type : 'fragment', children: kids };
    if (props.className) el.className = props.className;
    return el;
  },
};
const jsxRuntime = { ...runtime, jsxs: runtime.jsx };

const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export async function compileMdxLikeAstro(mdx: string): Promise<El> {
  const withoutFrontmatter = mdx.replace(ASTRO_FRONTMATTER, (m) => m.replace(/[^\r\n]/g, ' '));
  const mod = await evaluate(withoutFrontmatter, {
    ...jsxRuntime,
    remarkPlugins: [remarkMath],
    rehypePlugins: [[rehypeRaw, { passThrough: nodeTypes }], rehypeKatex],
  });
  return mod.default({}) as El;
}

export function tagsOf(node: unknown, out = new Set<string>()): Set<string> {
  if (node && typeof node === 'object' && 'tag' in node) {
    out.add((node as El).tag);
    for (const c of (node as El).children) tagsOf(c, out);
  }
  return out;
}

export function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && 'children' in node) return (node as El).children.map(textOf).join('');
  return '';
}
