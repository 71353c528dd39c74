import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { paperPages } from './loaders/paper-pages.ts';
import { paperSchema } from './schema/paper.ts';
import { tagSchema } from './schema/tag.ts';

// The shared schemas use `zod` v4, which is the same package `astro/zod` re-exports, so they plug in directly.
const papers = defineCollection({
  // CATALOG_PAPERS_DIR lets tests and benchmarks build another catalogue without touching content/papers/.
  loader: paperPages({ base: process.env.CATALOG_PAPERS_DIR || './content/papers' }),
  schema: paperSchema,
});

const tags = defineCollection({
  loader: file('./content/tags.yml'),
  schema: tagSchema,
});

export const collections = { papers, tags };
