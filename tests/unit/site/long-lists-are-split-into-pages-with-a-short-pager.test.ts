import { describe, expect, it } from 'vitest';
import { extraPages, pageCount, pageItems, pageLinks, pagePath, pageRange } from '../../../src/lib/pagination.ts';

describe('paginated paper lists', () => {
  it('puts every item on exactly one page, in order', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const count = pageCount(items.length, 100);
    expect(count).toBe(3);
    const pages = [1, ...extraPages(count)].map((n) => pageItems(items, n, 100));
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(items);
  });

  it('still has one (empty) page for an empty list and for an exact multiple no extra one', () => {
    expect(pageCount(0, 100)).toBe(1);
    expect(extraPages(1)).toEqual([]);
    expect(pageCount(200, 100)).toBe(2);
    expect(pageRange(1, 0, 100)).toEqual({ from: 0, to: 0 });
    expect(pageRange(3, 250, 100)).toEqual({ from: 201, to: 250 });
  });

  it('keeps page 1 at the list address and numbers later pages under page/', () => {
    expect(pagePath('papers/', 1)).toBe('papers/');
    expect(pagePath('papers/', 2)).toBe('papers/page/2/');
    expect(pagePath('tags/rlhf/', 7)).toBe('tags/rlhf/page/7/');
  });

  it('shows first, last and neighbours with gaps, not a thousand links', () => {
    expect(pageLinks(500, 1000)).toEqual([1, 'gap', 498, 499, 500, 501, 502, 'gap', 1000]);
    expect(pageLinks(1, 1000)).toEqual([1, 2, 3, 'gap', 1000]);
    expect(pageLinks(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageLinks(1, 1)).toEqual([1]);
  });
});
