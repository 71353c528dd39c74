/**
 * Recover the math that scraping flattened into plain characters (`mathcal{O}(T^{2/3})` → `\mathcal{O}(T^{2/3})`).
 * Output text segments are the original characters; math segments carry TeX that KaTeX accepts in strict inline
 * mode, so the MDX writer can emit them between single dollars without any further check.
 */
import type { Segment } from '../types.ts';
import { isValidTex } from './check-tex.ts';
import { findMathSpans } from './find-spans.ts';
import { restoreTex } from './restore-tex.ts';

/**
 * Characters a recovered formula may contain. `$` would end the MDX math early, `%` starts a TeX comment, `&`/`#`
 * are TeX specials, and non-ASCII fails KaTeX strict mode; a span with any of them stays text.
 */
const TEX_CHARS = /^[A-Za-z0-9\\{}()[\]^_|/+\-*=<>,.:;'! ]+$/;

export function recoverMath(text: string): Segment[] {
  const segments: Segment[] = [];
  let pending = '';
  let at = 0;
  for (const { start, end } of findMathSpans(text)) {
    const tex = toTex(text.slice(start, end));
    if (tex === undefined) continue;
    pending += text.slice(at, start);
    if (pending) segments.push({ kind: 'text', text: pending });
    pending = '';
    segments.push({ kind: 'math', tex });
    at = end;
  }
  pending += text.slice(at);
  if (pending) segments.push({ kind: 'text', text: pending });
  return segments;
}

/** The TeX for a span, or undefined when it must stay text. */
function toTex(span: string): string | undefined {
  if (!TEX_CHARS.test(span)) return undefined;
  const tex = restoreTex(span).trim();
  if (tex === '' || !hasWellFormedFractions(tex)) return undefined;
  return isValidTex(tex) ? tex : undefined;
}

/**
 * KaTeX happily takes `\frac{d{n}})` with `)` as the denominator; the braces were lost in scraping and the result
 * would be a wrong formula, worse than the raw characters. Require both arguments as braced groups.
 */
function hasWellFormedFractions(tex: string): boolean {
  for (const m of tex.matchAll(/\\frac/g)) {
    let k = m.index + 5;
    for (let arg = 0; arg < 2; arg++) {
      while (tex[k] === ' ') k++;
      if (tex[k] !== '{') return false;
      let depth = 0;
      for (; k < tex.length; k++) {
        if (tex[k] === '{') depth++;
        else if (tex[k] === '}' && --depth === 0) break;
      }
      if (depth !== 0) return false;
      k++;
    }
  }
  return true;
}
