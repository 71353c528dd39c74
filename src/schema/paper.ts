/**
 * The paper record as it is written into each generated MDX file's frontmatter and read back by Astro.
 * Shared by scripts/ (which writes it) and src/content.config.ts (which validates it), so the two can never drift.
 */
import { z } from 'zod';

/** One place a paper was listed: the raw listing file and the line of its title there. */
export const sourceSchema = z.object({
  /** File name of the raw listing inside the sources folder, e.g. `000_98d07a4ee4cb6149.txt`. */
  file: z.string().min(1),
  /** 1-based line of the paper's title in that file. */
  line: z.number().int().positive(),
  /** The listing page's own date (its header), ISO `YYYY-MM-DD` when the year could be inferred. */
  listingDate: z.string().optional(),
});

/** A related paper, with the evidence that links it (shown on the page, so readers see why). */
export const relatedSchema = z.object({
  id: z.string().min(1),
  /** Similarity in [0, 1], rounded so output stays byte-stable. */
  score: z.number().min(0).max(1),
  /** Key terms both papers share, most telling first. */
  terms: z.array(z.string()),
  /** Tags both papers carry. */
  tags: z.array(z.string()),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');

export const paperSchema = z.object({
  /** Stable, readable slug; the page lives at `/papers/<id>/`. */
  id: z.string().regex(/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u, 'ids are lower-case words joined by "-"'),
  title: z.string().min(1),
  /** The abstract as listed (plain text, never rendered from here; the MDX body is the rendered form). */
  abstract: z.string().min(1),
  /** Publication date shown on the listing, ISO. Absent when no listing gave one. */
  date: isoDate.optional(),
  /** Number of authors, from a `• N authors` line. */
  authors: z.number().int().positive().optional(),
  /** Organisation shown instead of an author count. */
  org: z.string().optional(),
  /** Highest upvote count seen across listings. */
  upvotes: z.number().int().nonnegative().optional(),
  /** Code / project URLs found in the abstract, in order of appearance. */
  codeUrls: z.array(z.string().url()),
  /** Every listing this paper came from (duplicates merge here), in file then line order. */
  sources: z.array(sourceSchema).min(1),
  /** Final tag ids (automatic tags with curation applied), sorted. */
  tags: z.array(z.string()),
  /** Related papers, best first. */
  related: z.array(relatedSchema),
  /** Ids of catalogued papers this abstract names (linked inline in the body). */
  mentions: z.array(z.string()),
  /** Ids of catalogued papers whose abstracts name this one. */
  mentionedBy: z.array(z.string()),
  /**
   * True when the rendered abstract reads differently from `abstract` (recovered math, repaired URLs, cleaned TeX);
   * the page then also shows the text exactly as listed. Absent otherwise.
   */
  bodyEdited: z.literal(true).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Related = z.infer<typeof relatedSchema>;
export type Paper = z.infer<typeof paperSchema>;
