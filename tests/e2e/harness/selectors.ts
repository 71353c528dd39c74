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
  /** The site's sort control and its "newest first" value (Pagefind's UIs have no such control of their own). */
  sortControl: 'select[data-search-sort]',
  sortNewestFirst: 'date:desc',
  /** Pagefind filter name the paper pages declare for their tags (values are tag labels). */
  tagFilter: 'Tag',
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
