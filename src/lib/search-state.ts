/**
 * The search page's state as a shareable address: `/search/?q=reward&tag=rlhf&year=2024&code=yes&sort=date`.
 * Pure (no DOM, no Pagefind) so the round trip between the address bar and Pagefind's filters is unit-tested.
 * Tags travel by id in the address (stable, readable) while the index filters by label (what the filter pane shows).
 */

export type SortKey = 'relevance' | 'date' | 'upvotes';
export const SORT_KEYS: readonly SortKey[] = ['relevance', 'date', 'upvotes'];

export interface SearchState {
  q: string;
  /** Tag ids, in the order the reader picked them. */
  tags: string[];
  years: string[];
  /** Whether the paper links code; absent = either. */
  code?: 'yes' | 'no';
  sort: SortKey;
}

/** Pagefind filter names and the `Code` filter's values, as the paper pages declare them. */
export const FILTER = { tag: 'Tag', year: 'Year', code: 'Code' } as const;
const CODE_VALUE = { yes: 'has code', no: 'no code' } as const;

export type PagefindFilters = Record<string, string[]>;

const unique = (values: Iterable<string>): string[] => [...new Set(values)];
const nonEmpty = (values: string[]): string[] => unique(values.map((v) => v.trim()).filter((v) => v.length > 0));

export function emptyState(): SearchState {
  return { q: '', tags: [], years: [], sort: 'relevance' };
}

/** Reads the address; unknown sort or code values fall back to the defaults rather than breaking the page. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const sort = params.get('sort') ?? '';
  const code = params.get('code');
  return {
    q: params.get('q') ?? '',
    tags: nonEmpty(params.getAll('tag')),
    years: nonEmpty(params.getAll('year')).filter((y) => /^\d{4}$/.test(y)),
    ...(code === 'yes' || code === 'no' ? { code } : {}),
    sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : 'relevance',
  };
}

/** Writes the address in a fixed key order with defaults left out, so equal searches give equal links. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const t of state.tags) params.append('tag', t);
  for (const y of state.years) params.append('year', y);
  if (state.code) params.set('code', state.code);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** `?q=…&sort=date` or '' — ready to append to the search page's path. */
export function toQueryString(state: SearchState): string {
  const s = toSearchParams(state).toString();
  return s ? `?${s}` : '';
}

/** Pagefind's filter object; a tag id the catalogue does not know is passed through as-is (it simply matches nothing). */
export function toPagefindFilters(state: SearchState, tagLabelById: ReadonlyMap<string, string>): PagefindFilters {
  const filters: PagefindFilters = {};
  if (state.tags.length) filters[FILTER.tag] = state.tags.map((id) => tagLabelById.get(id) ?? id);
  if (state.years.length) filters[FILTER.year] = [...state.years];
  if (state.code) filters[FILTER.code] = [CODE_VALUE[state.code]];
  return filters;
}

/** The reverse of `toPagefindFilters`, for when the reader changes filters in Pagefind's pane. */
export function fromPagefindFilters(
  q: string,
  filters: PagefindFilters | undefined,
  tagIdByLabel: ReadonlyMap<string, string>,
  sort: SortKey,
): SearchState {
  const f = filters ?? {};
  const codes = f[FILTER.code] ?? [];
  const hasYes = codes.includes(CODE_VALUE.yes);
  const hasNo = codes.includes(CODE_VALUE.no);
  return {
    q,
    tags: nonEmpty((f[FILTER.tag] ?? []).map((label) => tagIdByLabel.get(label) ?? label)),
    years: nonEmpty(f[FILTER.year] ?? []),
    // Both code values selected means "either", the same as none.
    ...(hasYes !== hasNo ? { code: hasYes ? ('yes' as const) : ('no' as const) } : {}),
    sort,
  };
}

export function hasFilters(state: SearchState): boolean {
  return state.tags.length > 0 || state.years.length > 0 || state.code !== undefined;
}

/** Pagefind's sort option: newest / most upvoted first; relevance is Pagefind's default order. */
export function pagefindSort(sort: SortKey): Record<string, 'asc' | 'desc'> {
  return sort === 'relevance' ? {} : { [sort]: 'desc' };
}
