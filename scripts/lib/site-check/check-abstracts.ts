/**
 * Check 6 ("nothing lost"): every paper in papers.json has a page whose visible text contains its title and its whole
 * abstract exactly as listed (whitespace aside). Catches a dropped sentence, a swallowed `<…>` or an escaping bug
 * anywhere between the listing and the HTML, for any catalogue.
 */
import type { Problem } from '../report.ts';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Tags that break a line; inline tags (a, span, em, KaTeX spans…) join the text around them without a space. */
const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|section|article|header|footer|nav|main|aside|details|summary|br|hr|tr|td|th|table|pre|blockquote|title|head|body|html|form|label|button|figure|figcaption)\b[^>]*>/gi;

/** The text a reader (or a crawler) gets from a page: no scripts, styles or tags; entities decoded. */
export function visibleText(html: string): string {
  const withoutCode = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ');
  return squash(decodeEntities(withoutCode.replace(BLOCK_TAG, ' ').replace(/<[^>]*>/g, '')));
}

export interface ListedPaper {
  id: string;
  title: string;
  abstract: string;
}

export function checkAbstract(file: string, paper: ListedPaper, html: string): Problem[] {
  const text = visibleText(html);
  const problems: Problem[] = [];
  if (!text.includes(squash(paper.title))) problems.push({ file, line: 1, col: 1, message: `page of "${paper.id}" does not show its title as listed` });
  if (!text.includes(squash(paper.abstract))) problems.push({ file, line: 1, col: 1, message: `page of "${paper.id}" does not show its abstract exactly as listed` });
  return problems;
}
