/**
 * One abstract for a paper listed more than once. In the seeds the copies are identical except one case where a
 * scraping mirror replaced the huggingface.co host in a link. The rule keeps everything a reader needs:
 * - copies are compared with their URLs repaired and whitespace collapsed, so artefacts do not count as a difference;
 * - a copy that is a prefix of another (a truncated abstract, possibly ending in "…") gives way to the longer one;
 * - among equivalent copies, the one already in repaired form wins, then the earliest listing;
 * - anything else is two genuinely different abstracts under one title: the caller reports it.
 */
import { findUrls } from './code-urls.ts';

function canonical(text: string): string {
  let out = '';
  let at = 0;
  for (const f of findUrls(text)) {
    out += `${text.slice(at, f.start)} ${f.url} `;
    at = f.end;
  }
  out += text.slice(at);
  return out.replace(/\s+/g, ' ').trim();
}

const stripEllipsis = (s: string) => s.replace(/(?:…|\.\.\.)$/, '').trimEnd();

export type AbstractChoice = { ok: true; abstract: string } | { ok: false; conflictIndex: number };

/** `abstracts` in listing order; on conflict, `conflictIndex` is the first copy that disagrees. */
export function chooseAbstract(abstracts: string[]): AbstractChoice {
  if (abstracts.length === 1) return { ok: true, abstract: abstracts[0] };
  const forms = abstracts.map(canonical);
  let best = 0;
  for (let i = 1; i < forms.length; i++) {
    const longer = forms[i].length > forms[best].length;
    const cleaner = forms[i] === forms[best] && abstracts[i] === forms[i] && abstracts[best] !== forms[best];
    if (longer || cleaner) best = i;
  }
  for (let i = 0; i < forms.length; i++) {
    if (!forms[best].startsWith(stripEllipsis(forms[i]))) return { ok: false, conflictIndex: i === 0 ? best : i };
  }
  return { ok: true, abstract: abstracts[best] };
}
