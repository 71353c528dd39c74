/**
 * Cuts an abstract into text and link segments. Links are cut out first so later steps (math recovery, paper
 * mentions), which only look at text segments, never see a URL: `alpaca_farm` must not become a subscript.
 */
import type { Segment } from '../types.ts';
import { findUrls } from './code-urls.ts';

export function linkUrls(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const f of findUrls(text)) {
    let before = text.slice(at, f.start);
    // `researchhttps://…` or `advancements\url{…}`: the flattening ate a space, which the reader needs back.
    if (f.start > 0 && /[\p{L}\p{N}]/u.test(text[f.start - 1])) before += ' ';
    if (before !== '') out.push({ kind: 'text', text: before });
    out.push({ kind: 'link', text: f.display, href: f.url });
    at = f.end;
  }
  if (at < text.length || out.length === 0) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}
