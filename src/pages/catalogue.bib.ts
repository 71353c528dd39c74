import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { catalogueBibtex } from '../lib/bibtex.ts';
import { absoluteUrl, paperPath } from '../lib/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const papers = (await getCollection('papers')).map((p) => p.data);
  const text = catalogueBibtex(papers, (id) => absoluteUrl(site, import.meta.env.BASE_URL, paperPath(id)));
  return new Response(text, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
