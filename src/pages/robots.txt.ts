import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site-url.ts';

// Crawlers only read /robots.txt at the host root; under a project sub-path this file is informational and the
// Sitemap line is what matters (it can be copied into the root robots.txt of the user/organisation site).
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(site, import.meta.env.BASE_URL, 'sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
