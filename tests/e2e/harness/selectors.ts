/**
 * Every selector and URL convention the browser tests rely on, in one place: when the search UI changes, only this
 * file changes. Targets Pagefind 1.6's Component UI (`<pagefind-input>`, `<pagefind-results>`,
 * `<pagefind-filter-pane>`), which the site's search page uses.
 */
const liveResult = 'pagefind-results li.pf-result:not([aria-hidden="true"])';

export const searchUi = {
  /** Path of the search page below the base. */
  path: 'search/',
  /** Query parameter that pre-fills the search. */
  queryParam: 'q',
  input: 'pagefind-input input',
  /** A rendered result (loading skeletons are aria-hidden and do not count). */
  result: liveResult,
  resultLink: `${liveResult} a.pf-result-link`,
  /** A result's date; its `datetime` is the ISO date the "newest first" sort uses. */
  resultDate: 'time[datetime]',
  /** "N results for …" line; present once a search has finished. */
  message: 'pagefind-summary .pf-summary',
  /** The message once a search has finished ("12 results for …", "No results for …"), not while loading. */
  messageDone: /\bresults?\b/i,
  /** Present while a search is running. */
  busy: 'pagefind-results [aria-busy="true"]',
  /** The collapsible group of one filter. */
  filterGroup: (filter: string) => `details.pf-filter-group[data-filter-name="${filter}"]`,
  /** All value checkboxes of one filter; each value's label ends with its result count. */
  filterCheckboxes: (filter: string) => `details.pf-filter-group[data-filter-name="${filter}"] input.pf-checkbox-input`,
  filterCount: '.pf-filter-checkbox-count',
  /** The site's sort control (a native <select>) and its values (Pagefind's UIs have no such control of their own). */
  sortControl: 'select[data-search-sort]',
  sortNewestFirst: 'date',
  sortRelevance: 'relevance',
  sortMostUpvoted: 'upvotes',
  /** Address parameters of the filters and the sort (see src/lib/search-state.ts); tags travel by id. */
  tagParam: 'tag',
  sortParam: 'sort',
  /** Pagefind filter name the paper pages declare for their tags (values are tag labels). */
  tagFilter: 'Tag',
};

/** The search box every page but the search page has in its header; "/" focuses it, Enter submits to the search page. */
export const headerSearch = {
  input: 'header [role="search"] input[type="search"]',
  shortcut: '/',
};

/** The 404 page's own search form (in the main content, not the header's). */
export const notFoundUi = {
  searchInput: 'main [role="search"] input[type="search"]',
};

export const offlineUi = {
  status: '[data-offline-status]',
  ready: '[data-offline-ready]',
  updated: '[data-offline-updated]',
};

/** Output paths of the page families (relative to dist/ and to the base URL). */
export const sitePaths = {
  papers: 'papers',
  tags: 'tags',
  offlinePage: 'offline/',
  buildId: 'build-id.json',
};
