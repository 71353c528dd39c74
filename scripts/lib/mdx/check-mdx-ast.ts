/**
 * The safety proof for generated pages: parse the whole file the way Astro does (MDX + math; GFM and smartypants are off, see astro.config.mjs) and reject every
 * node the writer does not legitimately produce. Escaping bugs then fail the build with `file:line:col` instead of
 * shipping a script tag, an expression or a stray heading.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Problem } from '../report.ts';
import { isSafeHref } from './escape.ts';
import { remarkPlugins } from './plugins.ts';

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface Node {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  children?: Node[];
  position?: { start: Point; end: Point };
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins);

/** Same pattern Astro's frontmatter reader uses, so we strip exactly what Astro strips. */
const FRONTMATTER = /^(?:\uFEFF?)---([\s\S]*?\n)---/;

/**
 * The body as Astro's MDX compiler sees it (everything after the frontmatter block) and how many lines precede it.
 * Only the body is parsed (the frontmatter is ~3× its size); positions are shifted back to file lines when reported.
 */
function splitBody(mdx: string): { body: string; linesBefore: number } {
  const m = FRONTMATTER.exec(mdx);
  if (!m) return { body: mdx, linesBefore: 0 };
  let linesBefore = 0;
  for (let i = m[0].indexOf('\n'); i !== -1; i = m[0].indexOf('\n', i + 1)) linesBefore++;
  // The body starts right after the closing `---`, i.e. on the rest of that line: its line 1 is the file's line
  // linesBefore + 1, at the same columns only from line 2 on (line 1 holds nothing but the newline).
  return { body: mdx.slice(m[0].length), linesBefore };
}

function parseBody(body: string): Node {
  return processor.runSync(processor.parse(body)) as unknown as Node;
}

/**
 * Parse a generated page the way Astro's MDX pipeline does and return its body tree (mdast) together with every node
 * the writer would not produce, positioned at file lines. The content loader renders only trees with no problems.
 */
export function parsePaperMdx(mdx: string, file: string): { tree?: Node; problems: Problem[] } {
  const { body, linesBefore } = splitBody(mdx);
  let tree: Node;
  try {
    tree = parseBody(body);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    const line = (e.line ?? 1) + linesBefore;
    return { problems: [{ file, line, col: e.column ?? 1, message: `MDX does not parse: ${e.reason ?? e.message}` }] };
  }
  const problems: Problem[] = [];
  const walk = (node: Node, at: Point) => {
    const here = node.position?.start ?? at;
    const why = whyUnsafe(node, body);
    if (why) problems.push({ file, line: here.line + linesBefore, col: here.column, message: why });
    for (const child of node.children ?? []) walk(child, here);
  };
  walk(tree, { line: 1, column: 1 });
  return { tree, problems };
}

const STRUCTURAL = new Set(['root', 'paragraph', 'text', 'inlineMath']);

function whyUnsafe(node: Node, source: string): string | undefined {
  if (STRUCTURAL.has(node.type)) return undefined;
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
    return `MDX expression {${node.value}} in generated page`;
  }
  if (node.type === 'link') {
    const start = node.position?.start.offset;
    // Links the writer makes are `[text](url)`; anything else (an autolink) came from text that escaped escaping.
    if (start === undefined || source[start] !== '[') return `autolink to ${JSON.stringify(node.url)} from plain text`;
    if (!isSafeHref(node.url ?? '')) return `link with unsafe URL ${JSON.stringify(node.url)}`;
    if (node.title) return 'link with a title';
    return undefined;
  }
  const what = node.type === 'html' ? 'raw HTML' : node.type.startsWith('mdx') ? `MDX ${node.type}` : `Markdown ${node.type}`;
  return `${what} in generated page (only text, math and links are allowed)`;
}

/** Every node in `mdx` that the writer would not produce, as contributor-facing problems. */
export function findUnsafeMdxNodes(mdx: string, file: string): Problem[] {
  return parsePaperMdx(mdx, file).problems;
}

/** What a reader sees in the body: text, link text and tex, in order (used to prove escaping loses nothing). */
export function visibleMdxText(mdx: string): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.type === 'text' || node.type === 'inlineMath') out += node.value ?? '';
    for (const child of node.children ?? []) walk(child);
  };
  walk(parseBody(splitBody(mdx).body));
  return out;
}
