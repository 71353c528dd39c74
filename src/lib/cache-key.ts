/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and template code are
 * unchanged since the last build is copied instead of rendered. The key must cover every piece of data the page
 * shows, so it hashes the page's whole props (and the MDX body's digest) rather than picking fields that could
 * drift out of sync with the template.
 */
import { createHash } from 'node:crypto';

export function cacheKeyOf(...parts: unknown[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(JSON.stringify(part) ?? 'undefined').update('\0');
  return h.digest('base64url');
}
