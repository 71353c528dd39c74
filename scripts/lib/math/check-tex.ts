/**
 * The gate every recovered formula passes: it is emitted verbatim between single dollars and rendered by
 * rehype-katex, so anything KaTeX rejects (or renders with a warning under strict mode) must stay plain text.
 */
import katex from 'katex';

// Abstracts repeat the same few formulas (R^2, mathcal{O}(d^k), …); the cache keeps KaTeX off the hot path.
// Bounded so a 100,000-paper run cannot grow it without limit.
const MAX_CACHE = 50_000;
const cache = new Map<string, boolean>();

/** True when `tex` renders in KaTeX inline mode with `throwOnError` and `strict: 'error'`. */
export function isValidTex(tex: string): boolean {
  const known = cache.get(tex);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    katex.renderToString(tex, { throwOnError: true, strict: 'error', displayMode: false });
    ok = true;
  } catch {
    ok = false;
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(tex, ok);
  return ok;
}
