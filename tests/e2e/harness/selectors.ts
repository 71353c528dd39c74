/**
 * Every selector and URL convention the browser tests rely on, in one place: when the search UI changes
 * (Pagefind Default UI today), only this file changes.
 */
export const searchUi = {
  /** Path of the search page below the base. */
  path: 'search/',
  /** Query parameter that pre-fills the search. */
  queryParam: 'q',
  input: '.pagefind-ui__search-input',
  result: '.pagefind-ui__result',
  resultLink: '.pagefind-ui__result-link',
  /** "N results for …" line; present once a search has finished. */
  message: '.pagefind-ui__message',
  /** One filter value's checkbox, e.g. filter `tag` value `vision`. */
  filterCheckbox: (filter: string, value: string) => `input.pagefind-ui__filter-checkbox[name="${filter}"][value="${value}"]`,
  /** The collapsible block of one filter (Default UI renders them closed). */
  filterBlock: (filter: string) => `details.pagefind-ui__filter-block:has(input[name="${filter}"])`,
  filterBlocks: 'details.pagefind-ui__filter-block',
  /** The site's sort control and its "newest first" value (not part of Pagefind's Default UI). */
  sortControl: 'select[data-search-sort]',
  sortNewestFirst: 'date:desc',
  /** Pagefind filter / meta names the paper pages declare. */
  tagFilter: 'tag',
  dateMeta: 'date',
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
