/**
 * Long lists (all papers, a tag's papers) are split into pages of a fixed size: `/papers/`, `/papers/page/2/`, ….
 * Page numbers live under `page/` so they can never collide with a paper id such as `2`. Every function is O(page)
 * or O(links), never O(list), so 100,000 papers cost the same per page as 1,000.
 */

export const PAGE_SIZE = 100;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items of 1-based page `n`. */
export function pageItems<T>(items: readonly T[], n: number, size = PAGE_SIZE): T[] {
  return items.slice((n - 1) * size, n * size);
}

/** Site-relative path of page `n` of a list whose first page is at `first` (ends in `/`). */
export function pagePath(first: string, n: number): string {
  return n <= 1 ? first : `${first}page/${n}/`;
}

/** Page numbers 2…count, the ones that need a route of their own (page 1 is the list's own address). */
export function extraPages(count: number): number[] {
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => i + 2);
}

export type PageLink = number | 'gap';

/**
 * The page numbers a pager shows: first, last, and a window around the current page, with gaps between. A fixed
 * number of links per page keeps 1,000 pages from each carrying 1,000 links.
 */
export function pageLinks(current: number, count: number, radius = 2): PageLink[] {
  const shown = new Set<number>([1, count]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const n of sorted) {
    const prev = links[links.length - 1];
    // A gap of exactly one page is shown as that page rather than "…".
    if (typeof prev === 'number' && n - prev === 2) links.push(prev + 1);
    else if (typeof prev === 'number' && n - prev > 2) links.push('gap');
    links.push(n);
  }
  return links;
}

/** "Papers 101–200 of 12,345" style range of page `n` (1-based, inclusive). */
export function pageRange(n: number, total: number, size = PAGE_SIZE): { from: number; to: number } {
  if (total === 0) return { from: 0, to: 0 };
  return { from: (n - 1) * size + 1, to: Math.min(total, n * size) };
}
