/**
 * A topic in content/tags.yml (a YAML list of these). Human-edited; validated by `npm run check`.
 */
import { z } from 'zod';

/** How the automatic tagger recognises a tag in a title or abstract. Transparent on purpose: reviewers read it. */
export const tagMatchSchema = z.object({
  /** Case-insensitive phrases matched on word boundaries ("reward model" also matches "reward models"). */
  phrases: z.array(z.string().min(1)).default([]),
  /** Case-sensitive acronyms matched as whole words ("RLHF", "DPO"). */
  acronyms: z.array(z.string().min(1)).default([]),
  /** Phrases that veto the tag when they are the only evidence (e.g. "score function" for diffusion). */
  exclude: z.array(z.string().min(1)).default([]),
  /** How many distinct matches a paper needs before the tag applies (1 = any match). */
  minMatches: z.number().int().positive().default(1),
});

export const tagSchema = z.object({
  /** kebab-case id; the page lives at `/tags/<id>/`. Always a string, never a number. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'tag ids are kebab-case: lower-case words joined by "-"'),
  /** Human label shown on chips and headings. */
  label: z.string().min(1),
  /** One paragraph telling readers (and the tagger's reviewers) what belongs here. */
  description: z.string().min(1, 'every tag needs a description'),
  /** Parent tag id, for a shallow hierarchy (alignment › rlhf › reward-modeling). */
  parent: z.string().optional(),
  /** Other names readers search for. */
  aliases: z.array(z.string()).default([]),
  match: tagMatchSchema.default({ phrases: [], acronyms: [], exclude: [], minMatches: 1 }),
});

export type Tag = z.infer<typeof tagSchema>;
export type TagMatch = z.infer<typeof tagMatchSchema>;
