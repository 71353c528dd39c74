import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const papers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/papers' }),
  schema: z.object({ title: z.string() }),
});
export const collections = { papers };
