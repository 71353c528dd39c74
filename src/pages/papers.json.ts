import type { APIRoute } from 'astro';
import { loadCatalogue } from '../lib/catalogue.ts';
import { serialisePapersJson } from '../lib/papers-json.ts';

export const GET: APIRoute = async () => {
  const c = await loadCatalogue();
  return new Response(serialisePapersJson(c.papers, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
