/**
 * Code / project / data URLs in an abstract. Abstracts arrive via arXiv → HF → copy-paste, which leaves LaTeX and
 * scraping artefacts around links; each repair below matches a case seen in the seed listings:
 *   `https: //github.com/…`                      space inside the scheme
 *   `…SVDD{https://github.com/masa-ue/SVDD}`     \href{url}{url} flattened: the link text is glued to the URL
 *   `…/MixGRPO{MixGRPO}`                         \href{url}{name} flattened the same way
 *   `{\small \url{ https://…}}`, `word\url{…}`    LaTeX wrappers
 *   `researchhttps://…`                          URL glued to the preceding word
 *   `github.com/x/y`                             no scheme
 *   `https://hf-mirror.<n>.workers.dev/…`         a scraping proxy standing in for huggingface.co
 */

export interface FoundUrl {
  /** Span of the original text the link replaces (URL plus any artefact around it). */
  start: number;
  end: number;
  /** The repaired, absolute URL (the href). */
  url: string;
  /**
   * The URL as the abstract shows it, minus the artefacts: a bare `github.com/x` stays bare, but the scheme space
   * and the mirror host are repaired so link text never disagrees with where the link goes.
   */
  display: string;
}

const KNOWN_HOSTS = 'github\\.com|gitlab\\.com|huggingface\\.co|hf\\.co|bitbucket\\.org';
// A scheme (possibly with the stray space) anywhere, even glued to a word; a bare host only at a word start.
const URL_START = new RegExp(`https?\\s?:\\s?//|(?<![\\w@./-])(?:www\\.|(?:${KNOWN_HOSTS})/)`, 'gi');
const INNER_SCHEME = /https?:\/\//i;
// Characters that cannot be part of a URL in running text (RFC 3986 excludes them; `{}` and `\` are LaTeX).
const STOP = new Set([' ', '\t', '\n', '\r', '{', '}', '<', '>', '"', '\\', '|', '^', '`', '[', ']']);
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '*']);
const LATEX_WRAPPER_BEFORE = /(\{\\[A-Za-z]+\s*)?\\url\{\s*$/;
const MIRROR_HOST = /^(https?:\/\/)hf-mirror(?:\.\d+\.workers\.dev|\.com)(?=[/:?#]|$)/i;

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** Drops sentence punctuation after a URL, and a closing bracket the URL did not open. */
function trimTrailing(url: string): string {
  let end = url.length;
  for (;;) {
    const c = url[end - 1];
    if (TRAILING.has(c)) end--;
    else if (c === ')' && count(url.slice(0, end), '(') < count(url.slice(0, end), ')')) end--;
    else break;
  }
  return url.slice(0, end);
}

function repairShown(raw: string): string {
  return raw
    .replace(/^(https?)\s?:\s?\/\//i, (_m, scheme: string) => `${scheme.toLowerCase()}://`)
    .replace(MIRROR_HOST, '$1huggingface.co');
}

function toHref(shown: string): string | undefined {
  const href = /^https?:\/\//.test(shown) ? shown : `https://${shown}`;
  try {
    const parsed = new URL(href);
    if (!parsed.hostname.includes('.') || parsed.hostname.endsWith('.')) return undefined;
  } catch {
    return undefined;
  }
  return href;
}

/** `{X}` right after a URL where X repeats the URL or names its last part: the flattened `\href` link text. */
function glueArtefactLength(text: string, at: number, shown: string, href: string): number {
  if (text.startsWith(shown, at)) return shown.length;
  if (text[at] !== '{') return 0;
  const close = text.indexOf('}', at);
  if (close < 0 || close - at > 400) return 0;
  const inner = text.slice(at + 1, close).trim();
  if (inner === '') return 0;
  const repeats = inner === shown || inner === href || toHref(repairShown(inner)) === href;
  const namesTail = !/\s/.test(inner) && (shown.endsWith(`/${inner}`) || shown.endsWith(`/${inner}/`));
  return repeats || namesTail ? close + 1 - at : 0;
}

export function findUrls(text: string): FoundUrl[] {
  const out: FoundUrl[] = [];
  URL_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_START.exec(text)) !== null) {
    const urlStart = m.index;
    let bodyEnd = urlStart + m[0].length;
    while (bodyEnd < text.length && !STOP.has(text[bodyEnd])) bodyEnd++;
    let raw = text.slice(urlStart, bodyEnd);
    // `https://a.comhttps://a.com`: cut at the second scheme; the repeat is absorbed below, a different URL is
    // found by the next search.
    const inner = INNER_SCHEME.exec(raw.slice(m[0].length));
    if (inner) raw = raw.slice(0, m[0].length + inner.index);
    const rawUrl = trimTrailing(raw);
    const display = repairShown(rawUrl);
    const href = toHref(display);
    if (!href || rawUrl.length <= m[0].length) {
      URL_START.lastIndex = urlStart + m[0].length;
      continue;
    }
    let start = urlStart;
    let end = urlStart + rawUrl.length;
    const wrapper = LATEX_WRAPPER_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (wrapper) {
      start -= wrapper[0].length;
      for (let closers = wrapper[1] ? 2 : 1; closers > 0; closers--) {
        const close = /^\s*\}/.exec(text.slice(end, end + 10));
        if (!close) break;
        end += close[0].length;
      }
    }
    end += glueArtefactLength(text, end, rawUrl, href);
    out.push({ start, end, url: href, display });
    URL_START.lastIndex = end;
  }
  return out;
}

/** The abstract's URLs as hrefs, each once, in order of first appearance. */
export function extractCodeUrls(text: string): string[] {
  const seen = new Set<string>();
  for (const f of findUrls(text)) seen.add(f.url);
  return [...seen];
}
