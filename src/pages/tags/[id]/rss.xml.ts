import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { feedItem, newestPapers } from '../../../lib/feed-items.ts';
import { absoluteUrl, paperPath, tagPath } from '../../../lib/site-url.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const tags = await getCollection('tags');
  return tags.map((t) => ({ params: { id: t.data.id }, props: { tag: t.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const base = import.meta.env.BASE_URL;
  const { tag } = props;
  const labels = new Map((await getCollection('tags')).map((t) => [t.data.id, t.data.label]));
  const papers = (await getCollection('papers', (p) => p.data.tags.includes(tag.id))).map((p) => p.data);
  return rss({
    title: `${siteConfig.title}: ${tag.label}`,
    description: tag.description,
    site: absoluteUrl(site, base, tagPath(tag.id)),
    items: newestPapers(papers).map((p) =>
      feedItem(p, absoluteUrl(site, base, paperPath(p.id)), (id) => labels.get(id) ?? id),
    ),
    customData: '<language>en</language>',
  });
};
