/**
 * The one place for site-wide settings. The base path and site URL come from the environment so the same build
 * can be served at `/` or under a GitHub Pages project sub-path.
 */
export const siteConfig = {
  title: 'Paper Atlas',
  description: 'An open, searchable, offline-capable catalogue of machine-learning paper abstracts.',
  /** Repository that holds content/ — used for "Edit tags" links. */
  repo: 'https://github.com/paper-atlas/paper-atlas',
  branch: 'main',
};
