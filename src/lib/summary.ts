/**
 * A short plain-text summary of an abstract for OpenGraph/Twitter cards and feed items: whole sentences up to about
 * 200 characters, with TeX math markers removed so cards never show raw `$`.
 */
import { cleanProse } from '../../scripts/lib/math/clean-prose.ts';

export const SUMMARY_MAX = 200;

// A full stop after these is not a sentence end ("e.g. the model", "Song et al. (2023)").
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'et al', 'al', 'etc', 'vs', 'cf', 'fig', 'eq', 'sec', 'resp', 'approx', 'no']);

/** Drop `$…$`, `$$…$$`, `\(…\)`, `\[…\]` delimiters (keeping their content) and collapse whitespace. */
export function stripMath(text: string): string {
  return text
    .replace(/\$\$([\s\S]*?)\$\$/g, '$1')
    .replace(/(^|[^\\])\$([^$]*?[^\\$])\$/g, '$1$2')
    .replace(/\\[()[\]]/g, '')
    .replace(/\\\$/g, '$')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences of a plain text, split after `.`, `!` or `?` followed by a space and a capital, digit or quote. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  const re = /[.!?]+["')\]]?\s+(?=["'(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].trimEnd().length;
    const before = text.slice(start, m.index).toLowerCase();
    const lastWords = before.match(/([\p{L}.]+(?: al)?)$/u)?.[1] ?? '';
    if (ABBREVIATIONS.has(lastWords) || ABBREVIATIONS.has(lastWords.split(' ').pop() ?? '')) continue;
    out.push(text.slice(start, end));
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/** Whole leading sentences within `max` characters; a first sentence that is too long is cut at a word with "…". */
export function summarize(abstract: string, max = SUMMARY_MAX): string {
  // Previews and feeds read like the page, not like the scraped TeX (``quality'' → "quality", 7\% → 7%).
  const text = cleanProse(stripMath(abstract));
  if (text.length <= max) return text;
  let summary = '';
  for (const s of sentences(text)) {
    const next = summary ? `${summary} ${s}` : s;
    if (next.length > max) break;
    summary = next;
  }
  if (summary) return summary;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
