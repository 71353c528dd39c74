/**
 * Pipeline step: recover math in every record body, then clean TeX remnants out of the prose around it.
 * Pure: records in, new records out. Only `body` changes; `abstract` keeps the listing's exact characters.
 */
import type { PaperRecord, Segment } from '../types.ts';
import { cleanProseSegments } from './clean-prose.ts';
import { recoverMath } from './recover-math.ts';

export function addMath(records: PaperRecord[]): PaperRecord[] {
  return records.map((record) => ({ ...record, body: mathInBody(record.body) }));
}

/**
 * Link segments pass through untouched (their URLs were cut out before); adjacent text is merged. Prose is cleaned
 * last, so formulas are found in the characters as scraped and `\%` inside a formula-looking span is never touched.
 */
export function mathInBody(body: Segment[]): Segment[] {
  const out: Segment[] = [];
  const push = (s: Segment) => {
    const prev = out[out.length - 1];
    if (s.kind === 'text' && prev?.kind === 'text') out[out.length - 1] = { kind: 'text', text: prev.text + s.text };
    else out.push(s);
  };
  for (const segment of body) {
    if (segment.kind === 'text') recoverMath(segment.text).forEach(push);
    else push(segment);
  }
  return cleanProseSegments(out);
}
