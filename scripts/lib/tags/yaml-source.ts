/**
 * YAML parsing that keeps positions, so every problem in a human-edited file points at the line of the offending item.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from '../report.ts';

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export function parseYaml(text: string, file: string): { source: YamlSource; problems: Problem[] } {
  const lines = new LineCounter();
  // prettyErrors would append a multi-line code frame to the message; we print our own one-line form instead.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const source = { file, doc, lines };
  const problems = [...doc.errors, ...doc.warnings].map((e) =>
    problemAtOffset(source, errorOffset(text, e.code, e.message, e.pos[0]), `YAML syntax error: ${firstLine(e.message)}`),
  );
  return { source, problems };
}

/**
 * yaml reports an unterminated quote at the end of the file; the contributor needs the line where the quote opened.
 * Everything after an unmatched opening quote is inside the string, so the opener is the last such quote before.
 */
function errorOffset(text: string, code: string, message: string, offset: number): number {
  if (code !== 'MISSING_CHAR') return offset;
  const quote = message.includes('"quote') ? '"' : message.includes("'quote") ? "'" : undefined;
  if (!quote) return offset;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if (text[i] === quote && text[i - 1] !== '\\') return i;
  }
  return offset;
}

const firstLine = (s: string) => s.split('\n')[0]!.trim();

export function problemAtOffset(source: YamlSource, offset: number, message: string): Problem {
  const { line, col } = source.lines.linePos(offset);
  return { file: source.file, line, col, message };
}

/** A problem at `node` (falling back to the start of the file for nodes without a range). */
export function problemAt(source: YamlSource, node: unknown, message: string): Problem {
  const range = (node as Node | undefined)?.range;
  return problemAtOffset(source, range ? range[0] : 0, message);
}

/** The value node under `key` in a map node, or undefined. */
export function child(node: unknown, key: string | number): Node | undefined {
  if (isMap(node) || isSeq(node)) return node.get(key, true) as Node | undefined;
  return undefined;
}

/** The key node itself (for "unknown key" problems). */
export function keyNode(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
  return pair?.key as Node | undefined;
}

/** Describe a scalar for messages: YAML turns `123`, `yes`-like words and `~` into non-strings. */
export function describeScalar(node: unknown): string {
  if (isScalar(node)) return node.value === null ? 'an empty value' : `${typeof node.value} ${JSON.stringify(node.value)}`;
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  return 'nothing';
}

export { isMap, isScalar, isSeq };
