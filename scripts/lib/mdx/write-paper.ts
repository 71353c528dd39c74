/**
 * One paper record → the text of `content/papers/<id>.mdx`: YAML frontmatter (the schema's fields, in the schema's
 * order) and a one-paragraph body built only from escaped text, checked math and escaped links.
 */
import { paperSchema, relatedSchema, sourceSchema } from '../../../src/schema/paper.ts';
import type { PaperRecord, Segment } from '../types.ts';
import { escapeLinkDestination, escapeMdxText, isSafeHref } from './escape.ts';
import { emitYamlMapping } from './yaml-emit.ts';

const PAPER_KEYS = Object.keys(paperSchema.shape) as (keyof typeof paperSchema.shape)[];
const SOURCE_KEYS = Object.keys(sourceSchema.shape);
const RELATED_KEYS = Object.keys(relatedSchema.shape);

/** Copy `keys` from `from` in that order, dropping absent optional fields, so output order never depends on input. */
function ordered(from: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (from as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** The frontmatter block, `---` lines included, for everything in the record but `body`. */
export function yamlFrontmatter(record: PaperRecord): string {
  const data = ordered(record, PAPER_KEYS);
  data.sources = record.sources.map((s) => ordered(s, SOURCE_KEYS));
  data.related = record.related.map((r) => ordered(r, RELATED_KEYS));
  // Every string is double-quoted and on one line, so no value can start a line with `---` and end the block early.
  return `---\n${emitYamlMapping(data)}---\n`;
}

function mathToMdx(tex: string, id: string): string {
  const flat = tex.replace(/\r\n|\r|\n/g, ' ');
  if (flat.includes('$')) throw new Error(`${id}: math segment contains "$": ${JSON.stringify(tex)}`);
  if (flat.trim() === '') throw new Error(`${id}: empty math segment`);
  // Like a code span, inline math drops one space from each side when both are present; pad so the tex is kept.
  return /^ .* $/.test(flat) ? `$ ${flat} $` : `$${flat}$`;
}

function linkToMdx(seg: Extract<Segment, { kind: 'link' }>, id: string): string {
  if (!isSafeHref(seg.href)) throw new Error(`${id}: refusing link with unsafe scheme: ${JSON.stringify(seg.href)}`);
  return `[${escapeMdxText(seg.text)}](${escapeLinkDestination(seg.href)})`;
}

/** The MDX body: one line, one paragraph. */
export function bodyToMdx(body: readonly Segment[], id = '(paper)'): string {
  let out = '';
  for (const seg of body) {
    if (seg.kind === 'text') out += escapeMdxText(seg.text);
    else if (seg.kind === 'math') out += mathToMdx(seg.tex, id);
    else if (seg.kind === 'link') out += linkToMdx(seg, id);
    else throw new Error(`${id}: unknown segment ${JSON.stringify(seg)}`);
  }
  return out;
}

export function paperToMdx(record: PaperRecord): string {
  const body = bodyToMdx(record.body, record.id);
  return `${yamlFrontmatter(record)}\n${body}\n`;
}
