/**
 * Marks papers whose rendered abstract no longer reads exactly like the listing (math recovered, URLs repaired,
 * TeX remnants cleaned), so their pages can also show the text as listed: nothing a listing said is ever lost.
 */
import type { PaperRecord, Segment } from '../types.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What a reader sees of a body, with math as its TeX source. */
export function shownText(body: readonly Segment[]): string {
  return body.map((s) => (s.kind === 'math' ? s.tex : s.text)).join('');
}

export function markEditedBodies(records: PaperRecord[]): PaperRecord[] {
  return records.map((r) => {
    // Any formula counts: KaTeX shows `O(n^2)` as O(n²), so the page text differs even when the TeX is unchanged.
    const edited = r.body.some((s) => s.kind === 'math') || squash(shownText(r.body)) !== squash(r.abstract);
    if (edited === (r.bodyEdited === true)) return r;
    const { bodyEdited: _drop, ...rest } = r;
    return edited ? { ...rest, bodyEdited: true } : rest;
  });
}
