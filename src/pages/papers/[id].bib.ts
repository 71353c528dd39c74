import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { paperToBibtex } from '../../lib/bibtex.ts';
import { absoluteUrl, paperPath } from '../../lib/site-url.ts';
import { cacheKeyOf } from '../../lib/cache-key.ts';

export const getStaticPaths = (async () => {
  const papers = await getCollection('papers');
  return papers.map((p) => ({ params: { id: p.data.id }, props: { paper: p.data }, cacheKey: cacheKeyOf(p.data) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const url = absoluteUrl(site, import.meta.env.BASE_URL, paperPath(props.paper.id));
  return new Response(paperToBibtex(props.paper, { url }), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
