/**
 * Browser wiring of the search page: Pagefind's Component UI instance ↔ the address bar ↔ the sort control.
 * The mapping itself lives in search-state.ts (pure, tested); this file only listens and calls.
 */
import {
  fromPagefindFilters,
  hasFilters,
  pagefindSort,
  parseSearchParams,
  SORT_KEYS,
  toPagefindFilters,
  toQueryString,
  type PagefindFilters,
  type SearchState,
  type SortKey,
} from './search-state.ts';

/** The slice of Pagefind's Component UI instance we use (1.6; see pagefind-component-ui.js). */
interface PagefindInstance {
  searchTerm: string;
  searchFilters: PagefindFilters;
  searchSort: Record<string, string>;
  /** When set, an empty query with filters lists every matching paper instead of clearing the results. */
  faceted: boolean;
  on(event: 'search', cb: (term: string, filters: PagefindFilters) => void): void;
  triggerSearchWithFilters(term: string, filters: PagefindFilters): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

function readTagLabels(): Map<string, string> {
  const el = document.getElementById('search-tag-labels');
  try {
    return new Map(JSON.parse(el?.textContent || '[]') as [string, string][]);
  } catch {
    return new Map();
  }
}

export function wireSearchPage(): void {
  const components = window.PagefindComponents;
  if (!components) {
    document.getElementById('search-unavailable')?.removeAttribute('hidden');
    return;
  }
  const instance = components.getInstanceManager().getInstance('default');
  const labelById = readTagLabels();
  const idByLabel = new Map([...labelById].map(([id, label]) => [label, id]));
  const sortSelect = document.getElementById('search-sort') as HTMLSelectElement | null;
  let sort: SortKey = 'relevance';

  const writeAddress = (state: SearchState) => {
    const url = new URL(window.location.href);
    url.search = toQueryString(state);
    if (url.href !== window.location.href) history.replaceState(history.state, '', url);
  };
  const stateNow = (term = instance.searchTerm, filters = instance.searchFilters) =>
    fromPagefindFilters(term ?? '', filters, idByLabel, sort);

  // Every query or filter change passes through this hook before the search runs.
  instance.on('search', (term, filters) => {
    const state = stateNow(term, filters);
    instance.faceted = !state.q.trim() && hasFilters(state);
    writeAddress(state);
  });

  const initial = parseSearchParams(new URLSearchParams(window.location.search));
  sort = initial.sort;
  instance.searchSort = pagefindSort(sort);
  if (sortSelect) {
    sortSelect.value = sort;
    sortSelect.addEventListener('change', () => {
      const value = sortSelect.value as SortKey;
      sort = SORT_KEYS.includes(value) ? value : 'relevance';
      instance.searchSort = pagefindSort(sort);
      const state = stateNow();
      writeAddress(state);
      if (state.q.trim() || hasFilters(state)) instance.triggerSearchWithFilters(state.q, instance.searchFilters);
    });
  }

  const restore = (): boolean => {
    const input = document.querySelector<HTMLInputElement>('#page-search-input input');
    if (!input) return false;
    if (!initial.q && !hasFilters(initial)) return true;
    input.value = initial.q;
    instance.triggerSearchWithFilters(initial.q, toPagefindFilters(initial, labelById));
    return true;
  };
  if (!restore()) void customElements.whenDefined('pagefind-input').then(restore);
}
