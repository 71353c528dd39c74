import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { feedItem, newestPapers } from '../lib/feed-items.ts';
import { absoluteUrl, paperPath } from '../lib/site-url.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const papers = (await getCollection('papers')).map((p) => p.data);
  const labels = new Map((await getCollection('tags')).map((t) => [t.data.id, t.data.label]));
  return rss({
    title: siteConfig.title,
    description: `Newest papers in ${siteConfig.title}. ${siteConfig.description}`,
    site: absoluteUrl(site, base, ''),
    items: newestPapers(papers).map((p) =>
      feedItem(p, absoluteUrl(site, base, paperPath(p.id)), (id) => labels.get(id) ?? id),
    ),
    customData: '<language>en</language>',
  });
};
